package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Versions;

/**
 * The manager of a supplier's users deactivates a colleague who left (she can no longer log in nor use
 * her API tokens), or lets her in again. Only users of her own supplier, and never herself.
 */
@UseCase
public class ChangeColleagueStatus {

    private final UserAccountRepository users;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public ChangeColleagueStatus(UserAccountRepository users, Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected ChangeColleagueStatus() {
        this(null, null);
    }

    public UserAccount change(String manager, String username, Long version, Boolean active) {
        UserAccount self = ColleagueQueries.manager(users, manager);
        if (active == null) {
            throw new DomainException("active", "validation.required");
        }
        // another supplier's user is as unknown as a user who does not exist
        UserAccount colleague = users.findByUsername(username).filter(self::isColleagueOf)
                .orElseThrow(() -> new DomainException("username", "user.notFound"));
        Versions.require(colleague.getVersion(), version);
        if (colleague.getUsername().equals(manager)) {
            throw new DomainException("active", "user.deactivate.self");
        }
        if (active == colleague.isActive()) {
            return colleague;
        }
        if (active) {
            colleague.reactivate();
        } else {
            colleague.deactivate();
        }
        securityEvents.fire(SecurityEvent.of(active ? SecurityEvent.Kind.USER_REACTIVATED : SecurityEvent.Kind.USER_DEACTIVATED,
                manager, "user:" + username, (active ? "may log in again" : "may no longer log in")
                        + " (by her supplier's manager)"));
        return colleague;
    }
}
