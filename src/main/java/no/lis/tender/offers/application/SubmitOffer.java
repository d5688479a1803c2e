package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.offers.domain.LotTallyRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.Submission;
import no.lis.tender.shared.application.Arrival;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * A supplier submits the draft of its own offer before the deadline; the submission replaces any
 * earlier one and is answered with a receipt. The anonymous count per lot follows. The deadline is
 * judged at the arrival of the request ({@link Arrival}), which the receipt gives as the time the
 * offer was received. The tender's lock is taken last ({@link OfferAccess#lockedLast}): the submission
 * is checked and sealed first, then confirmed against the tender under its lock, so that it either
 * commits before the opening starts, and is opened, or is refused; submissions take turns only for
 * that check and their commit.
 */
@UseCase
public class SubmitOffer {

    private final OfferRepository offers;
    private final TenderRepository tenders;
    private final SupplierRepository suppliers;
    private final LotTallyRepository tally;
    private final OfferSeal seal;
    private final Clock clock;

    @Inject
    public SubmitOffer(OfferRepository offers, TenderRepository tenders, SupplierRepository suppliers,
                       LotTallyRepository tally, OfferSeal seal, @Arrival Clock clock) {
        this.offers = offers;
        this.tenders = tenders;
        this.suppliers = suppliers;
        this.tally = tally;
        this.seal = seal;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SubmitOffer() {
        this(null, null, null, null, null, null);
    }

    public OfferReceipt submit(SubmitOfferCommand command, Reader supplier) {
        Offer offer = OfferAccess.ownAtVersion(offers, command.offerId(), command.version(), supplier);
        return submit(offer, OfferAccess.tender(tenders, offer.getTenderId()), supplier);
    }

    /**
     * Submits {@code offer}, of {@code supplier}, to {@code tender} as this transaction read it without
     * its lock ({@link OfferAccess#tender}), then takes the lock and confirms the submission against the
     * tender as it stands; for {@link SaveAndSubmitOffer}, which has read the tender to save the draft.
     */
    public OfferReceipt submit(Offer offer, Tender tender, Reader supplier) {
        offer.requireOwnedBy(supplier);
        Submission submission = offer.submit(tender, seal, clock);
        tally.apply(submission.counted(), submission.uncounted());
        OfferReceipt receipt = OfferReceipt.of(offer, submission.receipt(),
                offer.lotsOf(submission.receipt(), supplier, seal), tender, OfferAccess.supplierOf(suppliers, offer));
        offer.requireStillOpen(OfferAccess.lockedLast(tenders, tender.getId()), clock);
        return receipt;
    }
}
