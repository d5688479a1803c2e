package no.lis.tender.evaluation.application;

import no.lis.tender.offers.domain.OfferContent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static no.lis.tender.offers.domain.OfferFixtures.lot;
import static org.assertj.core.api.Assertions.assertThat;

/** Opened offers are decrypted once; a new submission, or a full cache, opens them again. */
class OpenedContentCacheTest {

    private final AtomicInteger opened = new AtomicInteger();

    private Supplier<OfferContent> opening(int lots, String price) {
        return () -> {
            opened.incrementAndGet();
            return OfferContent.of(IntStream.rangeClosed(1, lots).mapToObj(lot -> lot(lot, price)).toList());
        };
    }

    @Test
    void anOfferOpenedOnceIsNotDecryptedAgainButALaterSubmissionIs() {
        OpenedContentCache cache = new OpenedContentCache();
        OfferContent first = cache.get(new OpenedContentCache.Key(7, 1, "aa"), opening(3, "100.00"));

        assertThat(cache.get(new OpenedContentCache.Key(7, 1, "aa"), opening(3, "999.00"))).isSameAs(first);
        assertThat(opened).hasValue(1);
        assertThat(cache.get(new OpenedContentCache.Key(7, 2, "bb"), opening(3, "90.00")).lots().get(0).unitPricePerPack())
                .as("the submission that counts now is opened, not the one held").isEqualByComparingTo("90.00");
        assertThat(cache.get(new OpenedContentCache.Key(7, 1, "cc"), opening(3, "80.00")).lots().get(0).unitPricePerPack())
                .as("another digest is another content").isEqualByComparingTo("80.00");
        assertThat(opened).hasValue(3);
    }

    @Test
    void theOfferUsedLeastRecentlyLeavesWhenTheLotOffersHeldPassTheBound() {
        OpenedContentCache cache = new OpenedContentCache(10);
        List<OpenedContentCache.Key> keys = IntStream.range(0, 3).mapToObj(i -> new OpenedContentCache.Key(i, 1, "d" + i))
                .toList();
        cache.get(keys.get(0), opening(4, "1.00"));
        cache.get(keys.get(1), opening(4, "1.00"));
        cache.get(keys.get(0), opening(4, "1.00"));
        cache.get(keys.get(2), opening(4, "1.00"));

        assertThat(cache.size()).isEqualTo(8);
        cache.get(keys.get(0), opening(4, "1.00"));
        assertThat(opened).as("offer 0, used last but one, is still held").hasValue(3);
        cache.get(keys.get(1), opening(4, "1.00"));
        assertThat(opened).as("offer 1 left to make room for offer 2").hasValue(4);
        cache.get(new OpenedContentCache.Key(9, 1, "big"), opening(11, "1.00"));
        assertThat(cache.size()).as("an offer larger than the whole cache is not held").isEqualTo(8);
    }
}
