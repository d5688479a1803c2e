package no.lis.tender.offers.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;

/**
 * A buyer starts opening a tender's offers after the submission deadline; a second buyer must
 * confirm. Submission closes at the start, with the tender locked exclusively (after every
 * submission and withdrawal in progress has ended): a submission or withdrawal either committed
 * before and is in the opening, or comes after and is refused.
 */
@UseCase
public class StartOpening {

    private final TenderOpeningRepository openings;
    private final TenderRepository tenders;
    private final Event<SecurityEvent> securityEvents;
    private final Clock clock;

    @Inject
    public StartOpening(TenderOpeningRepository openings, TenderRepository tenders,
                        Event<SecurityEvent> securityEvents, Clock clock) {
        this.openings = openings;
        this.tenders = tenders;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected StartOpening() {
        this(null, null, null, null);
    }

    public void start(StartOpeningCommand command, Reader buyer) {
        Tender tender = OfferAccess.lockedTender(tenders, command.tenderId());
        openings.findByTender(tender.getId()).ifPresent(started -> {
            throw new DomainException(null, "offers.opening.alreadyStarted", started.getStartedBy(),
                    started.getStartedAt());
        });
        openings.save(TenderOpening.start(tender, buyer, clock));
        if (tender.getStatus() == TenderStatus.PUBLISHED) {
            tender.closeSubmission(clock);
        }
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.OPENING_STARTED, buyer.username(),
                "tender:" + tender.getId(), "waiting for a second buyer to confirm"));
    }
}
