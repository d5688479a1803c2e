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

import java.util.function.BiConsumer;

/**
 * A user chooses a new password through the link mailed after she asked for a reset (an hour, once). The
 * password is checked before the token is used, so a refused password leaves the link working. A reset
 * also lifts a lockout; a deactivated user's link works no more. (An invitation: {@link AcceptInvitation}, through
 * {@link #throughLink}.)
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
        return throughLink(AccountToken.Purpose.PASSWORD_RESET, token, check(password), (user, hash) -> {
            user.changePasswordHash(hash);
            user.liftLockout();
        }, SecurityEvent.Kind.PASSWORD_RESET, "password chosen through a reset link");
    }

    /** A password she may choose: long enough, not published in a breach. */
    public NewPassword check(String password) {
        return NewPassword.of(password, published);
    }

    /**
     * Uses the token of a link for {@code purpose}, then gives the active user it was issued to the
     * {@code chosen} password, hashed, through {@code change}, and logs it as {@code kind}.
     *
     * @return the username
     */
    public String throughLink(AccountToken.Purpose purpose, String token, NewPassword chosen,
                              BiConsumer<UserAccount, String> change, SecurityEvent.Kind kind, String note) {
        String username = links.use(purpose, token);
        UserAccount user = users.findByUsername(username).filter(UserAccount::isActive).orElseThrow(AccountToken::invalid);
        change.accept(user, chosen.hashWith(hashing));
        securityEvents.fire(SecurityEvent.of(kind, username, "user:" + username, note));
        return username;
    }
}
