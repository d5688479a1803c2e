package no.lis.tender.agreements.recommendations.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessNotice;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.agreements.recommendations.domain.PriceAccessStatus;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.PriceAccessChanged;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Ends every grant whose last day has passed; a holder who has no other valid grant loses the price
 * viewer's role. Warns each holder once, 30 days before her last day. Run every hour on each server, and by an administrator on demand: running it twice
 * ends nothing twice.
 */
@UseCase
public class ExpirePriceAccess {

    private final PriceAccessRepository accesses;
    private final Clock clock;
    private final Event<PriceAccessChanged> changes;
    private final Event<SecurityEvent> securityEvents;
    private final Event<PriceAccessNotice> notices;

    @Inject
    public ExpirePriceAccess(PriceAccessRepository accesses, Clock clock, Event<PriceAccessChanged> changes,
                             Event<SecurityEvent> securityEvents, Event<PriceAccessNotice> notices) {
        this.accesses = accesses;
        this.clock = clock;
        this.changes = changes;
        this.securityEvents = securityEvents;
        this.notices = notices;
    }

    /** For the CDI proxy. */
    protected ExpirePriceAccess() {
        this(null, null, null, null, null);
    }

    /**
     * Returns how many grants ended now. Warns, once, each holder whose grant ends within 30 days.
     */
    public int expireDue() {
        LocalDate today = Timeline.osloDate(clock.instant());
        List<PriceAccess> granted = accesses.findByStatus(PriceAccessStatus.GRANTED);
        for (PriceAccess access : granted) {
            if (access.warnIfEndingSoon(today, clock.instant())) {
                notices.fire(new PriceAccessNotice(PriceAccessNotice.Kind.ENDING, access.getUsername(),
                        access.getHospitalTrust(), access.getValidUntil()));
            }
        }
        int ended = 0;
        for (PriceAccess access : granted) {
            if (access.expireIfDue(today)) {
                ended++;
                securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.PRICE_ACCESS_EXPIRED, SecurityEvent.SYSTEM,
                        "user:" + access.getUsername(), "priced recommendations for " + access.getHospitalTrust()
                                + " ended after " + access.getValidUntil()));
                boolean stillHolds = granted.stream().anyMatch(other -> other.getUsername().equals(access.getUsername())
                        && other.isValidOn(today));
                if (!stillHolds) {
                    changes.fire(new PriceAccessChanged(access.getUsername(), false));
                }
            }
        }
        return ended;
    }
}
