package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.offers.domain.OfferContent;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The content of offers already opened, kept in memory so that ranking a tender again does not
 * decrypt and parse every offer again (for a generic tender, eight offers of 2 000 lots each: about a
 * fifth of a ranking's time). An opened submission never changes: the key is the offer, the number
 * of the submission that counts and the SHA-256 on its receipt, so that a later submission (or a
 * digest that differs) is never answered from here. Only {@link OpenedOfferReader#opened} fills it,
 * after it has checked that the opening is confirmed and found the offer intact: nothing sealed is
 * ever here, and nothing leaves except through the reader, whose callers decide who sees prices.
 * <p>
 * Bounded by the number of lot offers it holds ({@value #MAX_LOT_OFFERS}, some tens of MiB), the
 * least recently used offers leave first. Memory only: a restart or a second node starts empty.
 */
@ApplicationScoped
public class OpenedContentCache {

    /** About 600 bytes per lot offer on the heap: 64 000 of them are four 2 000-lot tenders of eight offers. */
    static final int MAX_LOT_OFFERS = 64_000;

    private final int capacity;
    private final Map<Key, OfferContent> contents = new LinkedHashMap<>(64, 0.75f, true);
    private int held;

    public OpenedContentCache() {
        this(MAX_LOT_OFFERS);
    }

    OpenedContentCache(int capacity) {
        this.capacity = capacity;
    }

    /** The submission that counts, identified by what its receipt says. */
    public record Key(long offerId, int submissionNumber, String sha256) {
    }

    /** The content under {@code key}, opened by {@code opening} (on the caller's thread) if it is not held. */
    public OfferContent get(Key key, Supplier<OfferContent> opening) {
        Optional<OfferContent> held = held(key);
        if (held.isPresent()) {
            return held.get();
        }
        OfferContent opened = opening.get();
        put(key, opened);
        return opened;
    }

    /** The content under {@code key}, if it is held. */
    public synchronized Optional<OfferContent> held(Key key) {
        return Optional.ofNullable(contents.get(key));
    }

    private synchronized void put(Key key, OfferContent content) {
        int weight = weight(content);
        if (weight > capacity) {
            return;
        }
        OfferContent before = contents.put(key, content);
        held += weight - (before == null ? 0 : weight(before));
        Iterator<OfferContent> eldest = contents.values().iterator();
        while (held > capacity && eldest.hasNext()) {
            held -= weight(eldest.next());
            eldest.remove();
        }
    }

    /** How many lot offers are held now. */
    synchronized int size() {
        return held;
    }

    private static int weight(OfferContent content) {
        return Math.max(1, content.lots().size());
    }
}
