package no.lis.tender.catalogue.application;

import no.lis.tender.shared.Stored;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A repository held in memory for the use-case tests. It gives a new entity its id and a stored
 * version, and a changed one its next version, as the database would at commit: a use case that
 * works on a version read before another change is refused here as it is on the server. The paged
 * searches belong to the JPA repositories and are not here.
 */
abstract class InMemoryRepository<T> {

    private final Map<Long, T> stored = new LinkedHashMap<>();
    private final Function<T, Long> idOf;
    private final Function<T, String> nameOf;
    private long nextId = 1;

    InMemoryRepository(Function<T, Long> idOf, Function<T, String> nameOf) {
        this.idOf = idOf;
        this.nameOf = nameOf;
    }

    public Optional<T> findById(long id) {
        return Optional.ofNullable(stored.get(id));
    }

    public List<T> findAll() {
        List<T> all = new ArrayList<>(stored.values());
        all.sort(Comparator.comparing(nameOf));
        return all;
    }

    public T save(T entity) {
        if (idOf.apply(entity) == null) {
            Stored.withId(entity, nextId++);
            Stored.asVersion(entity, 1L);
        } else {
            Stored.nextVersion(entity);
        }
        stored.put(idOf.apply(entity), entity);
        return entity;
    }

    Optional<T> first(Predicate<T> condition) {
        return stored.values().stream().filter(condition).findFirst();
    }

    /** Sets the version as if the entity had been changed and stored {@code version} times. */
    static void storedAsVersion(Object entity, long version) {
        Stored.asVersion(entity, version);
    }
}
