package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessNotice;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A buyer or an administrator grants a request for the priced edition until a last day, which gives
 * the employee the price viewer's role, or refuses it with a reason; the security log keeps both.
 */
@UseCase
public class DecidePriceAccess {

    private final PriceAccessRepository accesses;
    private final Clock clock;
    private final PriceAccessEvents events;

    @Inject
    public DecidePriceAccess(PriceAccessRepository accesses, Clock clock, PriceAccessEvents events) {
        this.accesses = accesses;
        this.clock = clock;
        this.events = events;
    }

    /** For the CDI proxy. */
    protected DecidePriceAccess() {
        this(null, null, null);
    }

    /** Grants request {@code id} as seen at {@code version} until {@code validUntil} (none: 12 months). */
    public PriceAccess grant(Long id, Long version, LocalDate validUntil, String decider) {
        PriceAccess access = load(id, version);
        access.grant(decider, validUntil, Timeline.osloDate(clock.instant()), clock.instant());
        events.role(access, true);
        events.notice(PriceAccessNotice.Kind.GRANTED, access);
        events.log(SecurityEvent.Kind.PRICE_ACCESS_GRANTED, decider, access, " until " + access.getValidUntil());
        return access;
    }

    public PriceAccess refuse(Long id, Long version, String reason, String decider) {
        PriceAccess access = load(id, version);
        access.refuse(decider, reason, clock.instant());
        events.log(SecurityEvent.Kind.PRICE_ACCESS_REFUSED, decider, access, "");
        return access;
    }

    private PriceAccess load(Long id, Long version) {
        PriceAccess access = accesses.find(id).orElseThrow(() -> new DomainException("id", "priceAccess.notFound"));
        Versions.require(access.getVersion(), version);
        return access;
    }
}
