package no.lis.tender.catalogue.infrastructure;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the catalogue's JPA repositories share beyond the shared kernel's {@link JpaRepository} (lookups by
 * id, by named query, storing): the paged search of the long lists, built
 * with the Criteria API from typed criteria and a sort key chosen from a fixed set, so that nothing a user
 * types becomes part of a query's text.
 */
abstract class JpaRepositorySupport<T> extends JpaRepository<T> {

    private static final char ESCAPE = '\\';

    JpaRepositorySupport(Class<T> type) {
        super(type);
    }

    /** The criteria of one search, as predicates over the searched entity; all must hold. */
    @FunctionalInterface
    interface Criteria<T> {
        List<Predicate> of(CriteriaBuilder cb, Root<T> root);
    }

    /** The expression one search is sorted by. */
    @FunctionalInterface
    interface SortKey<T> {
        Expression<?> of(Root<T> root);
    }

    /**
     * One page of the entities that meet {@code criteria}, sorted by {@code sortKey} and then by id
     * (so that pages neither overlap nor skip), with the associations named in {@code fetched} read
     * in the same query.
     */
    List<T> page(Criteria<T> criteria, SortKey<T> sortKey, boolean ascending, int first, int max,
                 String... fetched) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type());
        Root<T> root = query.from(type());
        for (String association : fetched) {
            root.fetch(association, JoinType.LEFT);
        }
        Expression<?> key = sortKey.of(root);
        query.select(root)
                .where(criteria.of(cb, root).toArray(Predicate[]::new))
                .orderBy(ascending ? cb.asc(key) : cb.desc(key), cb.asc(root.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(Criteria<T> criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type());
        query.select(cb.count(root)).where(criteria.of(cb, root).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    /** Collects the predicates of the criteria that were given: a {@code null} one lets all through. */
    static List<Predicate> given(Predicate... predicates) {
        List<Predicate> given = new ArrayList<>();
        for (Predicate predicate : predicates) {
            if (predicate != null) {
                given.add(predicate);
            }
        }
        return given;
    }

    /** {@code text} anywhere in {@code field}, in any case. */
    static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        return cb.like(cb.lower(field), "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%", ESCAPE);
    }

    /** {@code field} starting with {@code text}, exactly. */
    static Predicate startsWith(CriteriaBuilder cb, Expression<String> field, String text) {
        return cb.like(field, escaped(text) + "%", ESCAPE);
    }

    private static String escaped(String text) {
        return text.replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
    }
}
