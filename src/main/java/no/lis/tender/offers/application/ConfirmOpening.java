package no.lis.tender.offers.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;

/**
 * A second buyer confirms the opening another buyer started: the submitted offers are opened, and
 * in the same transaction the tender closes for submission (if it has not already) and is marked
 * opened.
 */
@UseCase
public class ConfirmOpening {

    private final TenderOpeningRepository openings;
    private final OfferRepository offers;
    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public ConfirmOpening(TenderOpeningRepository openings, OfferRepository offers, TenderRepository tenders,
                          Clock clock) {
        this.openings = openings;
        this.offers = offers;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ConfirmOpening() {
        this(null, null, null, null);
    }

    public void confirm(ConfirmOpeningCommand command, Reader buyer) {
        Tender tender = OfferAccess.tender(tenders, command.tenderId());
        TenderOpening opening = openings.findByTender(tender.getId())
                .orElseThrow(() -> new DomainException(null, "offers.opening.notStarted"));
        Versions.require(opening.getVersion(), command.version());
        opening.confirm(buyer, offers.findByTender(tender.getId()), clock);
        if (tender.getStatus() == TenderStatus.PUBLISHED) {
            tender.closeSubmission(clock);
        }
        tender.markOpened(buyer.username(), clock);
    }
}
