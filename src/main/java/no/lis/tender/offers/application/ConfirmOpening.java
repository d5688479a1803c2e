package no.lis.tender.offers.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferAttachmentRepository;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.OffersOpened;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.OpeningOutcome;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;
import java.util.List;

/**
 * A second buyer confirms the opening another buyer started: the submitted offers are opened with
 * the tender's opening key and each is checked against the SHA-256 on its receipt (the digests and
 * the outcome are kept with the opening); in the same transaction the tender closes for submission
 * (if it has not already) and is marked opened. The offers are read once the opening's start is
 * found, before the tender's lock is taken: from the start on no submission can commit, and a
 * submission still in progress then is refused at its lock ({@link OfferAccess#lockedLast}); read under
 * the lock, the offers would wait, on Derby, for that submission, which waits for the lock. A submission whose digest is not its receipt's is
 * reported as a security event; one that fails its authentication was reported by the seal.
 * {@link OffersOpened} tells that the evaluation can start.
 */
@UseCase
public class ConfirmOpening {

    private final TenderOpeningRepository openings;
    private final OfferRepository offers;
    private final OfferAttachmentRepository attachments;
    private final TenderRepository tenders;
    private final OfferSeal seal;
    private final Event<SecurityEvent> securityEvents;
    private final Event<OffersOpened> opened;
    private final Clock clock;

    @Inject
    public ConfirmOpening(TenderOpeningRepository openings, OfferRepository offers,
                          OfferAttachmentRepository attachments, TenderRepository tenders, OfferSeal seal,
                          Event<SecurityEvent> securityEvents, Event<OffersOpened> opened, Clock clock) {
        this.openings = openings;
        this.offers = offers;
        this.attachments = attachments;
        this.tenders = tenders;
        this.seal = seal;
        this.securityEvents = securityEvents;
        this.opened = opened;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ConfirmOpening() {
        this(null, null, null, null, null, null, null, null);
    }

    public void confirm(ConfirmOpeningCommand command, Reader buyer) {
        OfferAccess.tender(tenders, command.tenderId());
        TenderOpening opening = openings.findByTender(command.tenderId())
                .orElseThrow(() -> new DomainException(null, "offers.opening.notStarted"));
        Versions.require(opening.getVersion(), command.version());
        List<Offer> submitted = offers.findByTender(command.tenderId());
        Tender tender = OfferAccess.lockedTender(tenders, command.tenderId());
        opening.confirm(buyer, submitted,
                TenderOpening.checkingWith(() -> seal.openingKey(tender.getId(), buyer.username()), seal,
                        offer -> attachments.findByOffer(offer.getId())), clock);
        if (tender.getStatus() == TenderStatus.PUBLISHED) { // an opening started before submission closed at its start
            tender.closeSubmission(clock);
        }
        tender.markOpened(buyer.username(), clock);
        for (OpeningCheck check : opening.getChecks()) {
            if (check.getOutcome() == OpeningOutcome.DIGEST_MISMATCH) {
                securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.RECEIPT_MISMATCH, buyer.username(),
                        "offer:" + check.getOfferId(), "submission " + check.getSubmissionNumber() + " opened with SHA-256 "
                                + check.getOpenedSha256() + ", receipt says " + check.getReceiptSha256()));
            }
        }
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.OPENING_CONFIRMED, buyer.username(),
                "tender:" + tender.getId(), opening.getChecks().size() + " offers opened, "
                        + opening.getIntactOfferIds().size() + " intact; started by " + opening.getStartedBy()));
        opened.fire(new OffersOpened(tender.getId()));
    }
}
