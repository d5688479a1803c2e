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
 * A user chooses a new password through the link mailed after she asked for a reset (an hour, once). The
 * password is checked before the token is used, so a refused password leaves the link working. A reset
 * also lifts a lockout; a deactivated user's link works no more. (An invitation: {@link AcceptInvitation}.)
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
        this(links, users, hashing, PublishedPasswords.all(published), securityEvents);
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

    /** @return the username whose password it now is */
    public String choose(String token, String password) {
        NewPassword chosen = NewPassword.of(password, published);
        String username = links.use(AccountToken.Purpose.PASSWORD_RESET, token);
        UserAccount user = users.findByUsername(username).filter(UserAccount::isActive).orElseThrow(AccountToken::invalid);
        user.changePasswordHash(chosen.hashWith(hashing));
        user.liftLockout();
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.PASSWORD_RESET, username, "user:" + username,
                "password chosen through a reset link"));
        return username;
    }
}
