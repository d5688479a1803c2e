package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

/** An administrator lets a locked-out user try again at once (e.g. after she has called the service desk). */
@UseCase
public class LiftLockout {

    private final UserAccountRepository users;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public LiftLockout(UserAccountRepository users, Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected LiftLockout() {
        this(null, null);
    }

    /** Clears the failed logins of {@code username}; {@code administrator} is named in the security log. */
    public void lift(String username, String administrator) {
        UserAccount account = users.findByUsernameForUpdate(username)
                .orElseThrow(() -> new DomainException("username", "user.notFound"));
        int failures = account.failedLogins().count();
        account.liftLockout();
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.LOGIN_UNLOCKED, administrator, "user:" + username,
                "lockout lifted after " + failures + " failed logins in a row"));
    }
}
