package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

/**
 * An administrator deactivates a user, who then can no longer log in nor use her API tokens (her
 * history stays, under her name), or makes her active again. An administrator cannot deactivate
 * herself.
 */
@UseCase
public class ChangeUserStatus {

    private final UserAccountRepository users;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public ChangeUserStatus(UserAccountRepository users, Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected ChangeUserStatus() {
        this(null, null);
    }

    public UserAccount change(String username, Long version, Boolean active, String administrator) {
        if (active == null) {
            throw new DomainException("active", "validation.required");
        }
        UserAccount user = UserAdministration.load(users, username, version);
        if (active == user.isActive()) {
            return user;
        }
        if (active) {
            user.reactivate();
        } else {
            if (user.getUsername().equals(administrator)) {
                throw new DomainException("active", "user.deactivate.self");
            }
            user.deactivate();
        }
        securityEvents.fire(SecurityEvent.of(active ? SecurityEvent.Kind.USER_REACTIVATED : SecurityEvent.Kind.USER_DEACTIVATED,
                administrator, "user:" + user.getUsername(), active ? "may log in again" : "may no longer log in"));
        return user;
    }
}
