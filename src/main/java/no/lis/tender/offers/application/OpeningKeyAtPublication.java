package no.lis.tender.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.tendering.domain.TenderPublished;

/**
 * A published tender gets its opening key at once, in the transaction that publishes it: every
 * offer is then sealed for a key that already stands. Made by the first submission instead, the key
 * was a race between the first suppliers of a deadline rush, and its transaction of its own took a
 * second database connection while the submission held the tender's lock and its first (with a full
 * pool, a wait that ended in a timeout).
 */
@ApplicationScoped
public class OpeningKeyAtPublication {

    private final OfferSeal seal;

    @Inject
    public OpeningKeyAtPublication(OfferSeal seal) {
        this.seal = seal;
    }

    /** For the CDI proxy. */
    protected OpeningKeyAtPublication() {
        this(null);
    }

    void onPublished(@Observes TenderPublished published) {
        seal.makeOpeningKey(published.tenderId());
    }
}
