package no.lis.tender.agreements.recommendations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessNotice;
import no.lis.tender.shared.domain.PriceAccessChanged;
import no.lis.tender.shared.domain.SecurityEvent;

/**
 * What a decision on a grant of the priced edition sets off, for {@link DecidePriceAccess} and
 * {@link ExpirePriceAccess}: the price viewer's role given or taken ({@link PriceAccessChanged}), the
 * mail to the holder ({@link PriceAccessNotice}) and the line of the security log.
 */
@ApplicationScoped
public class PriceAccessEvents {

    private final Event<PriceAccessChanged> changes;
    private final Event<SecurityEvent> securityEvents;
    private final Event<PriceAccessNotice> notices;

    @Inject
    public PriceAccessEvents(Event<PriceAccessChanged> changes, Event<SecurityEvent> securityEvents,
                             Event<PriceAccessNotice> notices) {
        this.changes = changes;
        this.securityEvents = securityEvents;
        this.notices = notices;
    }

    /** For the CDI proxy. */
    protected PriceAccessEvents() {
        this(null, null, null);
    }

    /** The holder of {@code access} has (or, {@code holds} false, no longer has) the price viewer's role. */
    public void role(PriceAccess access, boolean holds) {
        changes.fire(new PriceAccessChanged(access.getUsername(), holds));
    }

    /** Mails the holder of {@code access} of {@code kind}. */
    public void notice(PriceAccessNotice.Kind kind, PriceAccess access) {
        notices.fire(new PriceAccessNotice(kind, access.getUsername(), access.getHospitalTrust(), access.getValidUntil()));
    }

    /** Logs {@code kind} of {@code access} by {@code actor}; {@code detail} follows the trust. */
    public void log(SecurityEvent.Kind kind, String actor, PriceAccess access, String detail) {
        securityEvents.fire(SecurityEvent.of(kind, actor, "user:" + access.getUsername(),
                "priced recommendations for " + access.getHospitalTrust() + detail));
    }
}
