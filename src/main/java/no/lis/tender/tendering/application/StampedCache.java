package no.lis.tender.tendering.application;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Read models of many tenders, kept in this server's memory while the database's stamp of the tenders
 * ({@link no.lis.tender.tendering.domain.TenderRepository#stamp()}) is the one they were read under. The
 * caller reads the stamp first, in the same transaction as the read it would make: whatever another
 * request or another server stored since, the stamp differs and every kept value is dropped at once.
 * So two servers on one database never show each other stale lists, for the price of one small
 * statement per request instead of the reads it saves (issue 14). Values must be immutable.
 *
 * @param <S> the stamp, compared with {@code equals}
 */
final class StampedCache<S> {

    /** Keys per stamp at most (filters, pages); more are rare, and then the generation starts empty. */
    static final int MAX_ENTRIES = 64;

    private record Generation<S>(S stamp, Map<Object, Object> values) {
    }

    private final AtomicReference<Generation<S>> current = new AtomicReference<>(new Generation<>(null, Map.of()));

    /** The value kept for {@code key} under {@code stamp}, or what {@code read} reads now, kept from then on. */
    @SuppressWarnings("unchecked")
    <V> V get(S stamp, Object key, Supplier<V> read) {
        Objects.requireNonNull(stamp, "stamp");
        Generation<S> generation = current.get();
        if (!stamp.equals(generation.stamp())) {
            generation = new Generation<>(stamp, new ConcurrentHashMap<>());
            current.set(generation);
        }
        Object value = generation.values().get(key);
        if (value == null) {
            value = Objects.requireNonNull(read.get(), "read");
            if (generation.values().size() >= MAX_ENTRIES) {
                generation.values().clear();
            }
            generation.values().put(key, value);
        }
        return (V) value;
    }
}
