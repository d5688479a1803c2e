package no.lis.tender.catalogue.application;

import java.util.List;
import java.util.function.Function;

/**
 * An in-memory repository of a kind that the catalogue pages through: the paged search ({@code Q} the
 * query, {@code S} its sort) and its count belong to the JPA repository and are tested against a
 * database, so here they are refused.
 */
abstract class InMemorySearchableRepository<T, Q, S> extends InMemoryRepository<T> {

    InMemorySearchableRepository(Function<T, Long> idOf, Function<T, String> nameOf) {
        super(idOf, nameOf);
    }

    public List<T> search(Q query, int first, int max, S sort, boolean ascending) {
        throw new UnsupportedOperationException("paged search is tested against a database");
    }

    public long count(Q query) {
        throw new UnsupportedOperationException("paged search is tested against a database");
    }
}
