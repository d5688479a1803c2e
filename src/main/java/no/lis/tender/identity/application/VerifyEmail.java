package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;

/** The first user of a registered supplier follows the link mailed to her: her address is hers. */
@UseCase
public class VerifyEmail {

    private final AccountLinks links;
    private final UserAccountRepository users;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public VerifyEmail(AccountLinks links, UserAccountRepository users, Event<SecurityEvent> securityEvents) {
        this.links = links;
        this.users = users;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected VerifyEmail() {
        this(null, null, null);
    }

    /** @return whether she still waits for an administrator to approve her company */
    public boolean verify(String token) {
        String username = links.use(AccountToken.Purpose.VERIFY_EMAIL, token);
        UserAccount user = users.findByUsername(username).orElseThrow(AccountToken::invalid);
        user.verifyEmail();
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.EMAIL_VERIFIED, username, "user:" + username,
                user.awaitsApproval() ? "address verified; the company awaits approval" : "address verified"));
        return user.awaitsApproval();
    }
}
