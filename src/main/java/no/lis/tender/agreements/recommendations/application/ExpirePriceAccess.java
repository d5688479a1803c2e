package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessNotice;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.agreements.recommendations.domain.PriceAccessStatus;
import no.lis.tender.shared.application.UseCase;
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
    private final PriceAccessEvents events;

    @Inject
    public ExpirePriceAccess(PriceAccessRepository accesses, Clock clock, PriceAccessEvents events) {
        this.accesses = accesses;
        this.clock = clock;
        this.events = events;
    }

    /** For the CDI proxy. */
    protected ExpirePriceAccess() {
        this(null, null, null);
    }

    /**
     * Returns how many grants ended now. Warns, once, each holder whose grant ends within 30 days.
     */
    public int expireDue() {
        LocalDate today = Timeline.osloDate(clock.instant());
        List<PriceAccess> granted = accesses.findByStatus(PriceAccessStatus.GRANTED);
        for (PriceAccess access : granted) {
            if (access.warnIfEndingSoon(today, clock.instant())) {
                events.notice(PriceAccessNotice.Kind.ENDING, access);
            }
        }
        int ended = 0;
        for (PriceAccess access : granted) {
            if (access.expireIfDue(today)) {
                ended++;
                events.log(SecurityEvent.Kind.PRICE_ACCESS_EXPIRED, SecurityEvent.SYSTEM, access,
                        " ended after " + access.getValidUntil());
                boolean stillHolds = granted.stream().anyMatch(other -> other.getUsername().equals(access.getUsername())
                        && other.isValidOn(today));
                if (!stillHolds) {
                    events.role(access, false);
                }
            }
        }
        return ended;
    }
}
