package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.NewPassword;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.PublishedPasswords;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;

/**
 * A user chooses her password through a link mailed to her: after asking for a reset, or to accept an
 * invitation from her supplier's manager (which also proves her address). The password is checked before
 * the token is used, so a refused password leaves the link working. A reset also lifts a lockout.
 */
@UseCase
public class ChooseNewPassword {

    private final AccountLinks links;
    private final UserAccountRepository users;
    private final PasswordHashing hashing;
    private final PublishedPasswords published;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public ChooseNewPassword(AccountLinks links, UserAccountRepository users, PasswordHashing hashing,
                             Instance<PublishedPasswords> published, Event<SecurityEvent> securityEvents) {
        this(links, users, hashing, password -> published.stream().anyMatch(list -> list.includes(password)), securityEvents);
    }

    ChooseNewPassword(AccountLinks links, UserAccountRepository users, PasswordHashing hashing,
                      PublishedPasswords published, Event<SecurityEvent> securityEvents) {
        this.links = links;
        this.users = users;
        this.hashing = hashing;
        this.published = published;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected ChooseNewPassword() {
        this(null, null, null, (PublishedPasswords) null, null);
    }

    /**
     * @param invitation whether the link was an invitation (else a reset)
     * @return the username whose password it now is
     */
    public String choose(String token, String password, boolean invitation) {
        NewPassword chosen = NewPassword.of(password, published);
        AccountToken.Purpose purpose = invitation ? AccountToken.Purpose.INVITATION : AccountToken.Purpose.PASSWORD_RESET;
        String username = links.use(purpose, token);
        UserAccount user = users.findByUsername(username).orElseThrow(AccountToken::invalid);
        user.changePasswordHash(chosen.hashWith(hashing));
        if (invitation) {
            user.verifyEmail();
        }
        user.liftLockout();
        securityEvents.fire(SecurityEvent.of(invitation ? SecurityEvent.Kind.INVITATION_ACCEPTED : SecurityEvent.Kind.PASSWORD_RESET,
                username, "user:" + username, invitation ? "invitation accepted; password chosen"
                        : "password chosen through a reset link"));
        return username;
    }
}
