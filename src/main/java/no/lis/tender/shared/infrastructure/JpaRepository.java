package no.lis.tender.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * What every JPA repository of an entity {@code T} does the same way: find by id, store a new one
 * (flushed, so that its generated id is known and a broken constraint surfaces in the use case) or a
 * changed one, and
 * run the entity's named queries ({@code T.name}) with their parameters given as name, value pairs.
 * A repository extends it with {@code JpaRepository<T>} and keeps only what is its own.
 */
public abstract class JpaRepository<T> {

    @PersistenceContext(unitName = "lis")
    protected EntityManager em;

    private final Class<T> type;

    /** For a repository that names its entity type in {@code extends JpaRepository<T>}. */
    protected JpaRepository() {
        this.type = entityType(getClass());
    }

    /** For a repository whose entity type is a parameter of its own (a context's generic base of several repositories). */
    protected JpaRepository(Class<T> type) {
        this.type = type;
    }

    /** The entity type {@code T}, for the queries a repository builds itself (Criteria API). */
    protected Class<T> type() {
        return type;
    }

    /** The entity with this id, if any; none for a {@code null} id. */
    public Optional<T> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    /**
     * Stores a new entity and writes it at once, so that the database gives it its id and a broken
     * constraint surfaces in the use case; merges one that has an id (and answers the managed copy).
     * For entities whose id the database generates, {@code null} until then (every entity stored through
     * this class); an entity with an assigned or primitive id needs a repository method of its own.
     */
    public T save(T entity) {
        if (em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity) == null) {
            em.persist(entity);
            em.flush();
            return entity;
        }
        return em.merge(entity);
    }

    /** The named query {@code T.name}, e.g. {@code "findByTender"}, with {@code parameters} as name, value, name, value... */
    protected TypedQuery<T> named(String name, Object... parameters) {
        return NamedQueries.query(em, type, type.getSimpleName() + "." + name, parameters);
    }

    /** The named query {@code name} with its full name (e.g. {@code "Tender.countById"}) of another result type. */
    protected <R> TypedQuery<R> query(Class<R> result, String name, Object... parameters) {
        return NamedQueries.query(em, result, name, parameters);
    }

    /** All that the named query {@code T.name} finds. */
    protected List<T> list(String name, Object... parameters) {
        return named(name, parameters).getResultList();
    }

    /** The first that the named query {@code T.name} finds, if any. */
    protected Optional<T> first(String name, Object... parameters) {
        return named(name, parameters).getResultStream().findFirst();
    }

    /** The T of the first class up from {@code type} (a CDI proxy's class included) that extends JpaRepository<T>. */
    @SuppressWarnings("unchecked")
    private static <T> Class<T> entityType(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Type parent = c.getGenericSuperclass();
            if (parent instanceof ParameterizedType p && p.getRawType() == JpaRepository.class) {
                return (Class<T>) p.getActualTypeArguments()[0];
            }
        }
        throw new IllegalStateException(type + " does not say which entity it stores");
    }
}
