package no.lis.tender.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Optional;

/**
 * A named query with its parameters given as name, value, name, value..., for any result type: the
 * entity a repository stores ({@link JpaRepository#list}), another entity it also keeps (an offer key
 * store's two kinds of keys), a projection or a count. The one place that sets the parameters.
 */
public final class NamedQueries {

    private NamedQueries() {
    }

    /** The named query {@code name} (e.g. {@code "Tender.countById"}) of {@code result}, its parameters set. */
    public static <R> TypedQuery<R> query(EntityManager em, Class<R> result, String name, Object... parameters) {
        TypedQuery<R> query = em.createNamedQuery(name, result);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query;
    }

    /** The first that the named query {@code name} of {@code result} finds, if any. */
    public static <R> Optional<R> first(EntityManager em, Class<R> result, String name, Object... parameters) {
        return query(em, result, name, parameters).getResultStream().findFirst();
    }
}
