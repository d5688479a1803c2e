package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import no.lis.tender.offers.domain.LotTallyRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.Arrival;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;

/**
 * A supplier withdraws its own submitted offer before the deadline, judged at the arrival of the
 * request ({@link Arrival}); nothing counts until it submits again, and it is no longer counted on
 * its lots. Takes the tender's lock last, like the submission ({@link OfferAccess#lockedLast}); the opening
 * waits for it.
 */
@UseCase
public class WithdrawOffer {

    private final OfferRepository offers;
    private final TenderRepository tenders;
    private final LotTallyRepository tally;
    private final OfferSeal seal;
    private final Clock clock;

    @Inject
    public WithdrawOffer(OfferRepository offers, TenderRepository tenders, LotTallyRepository tally, OfferSeal seal,
                         @Arrival Clock clock) {
        this.offers = offers;
        this.tenders = tenders;
        this.tally = tally;
        this.seal = seal;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected WithdrawOffer() {
        this(null, null, null, null, null);
    }

    public void withdraw(WithdrawOfferCommand command, Reader supplier) {
        Offer offer = OfferAccess.ownAtVersion(offers, command.offerId(), command.version(), supplier);
        tally.apply(List.of(), offer.withdraw(OfferAccess.tender(tenders, offer.getTenderId()), seal, clock));
        offer.requireStillOpen(OfferAccess.lockedLast(tenders, offer.getTenderId()), clock);
    }
}
