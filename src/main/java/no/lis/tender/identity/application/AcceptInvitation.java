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
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;

/**
 * A colleague invited by her supplier's manager follows the mailed link (seven days, once) and gives her
 * name and her password; the link proved the address hers, so she may log in at once. Name and password
 * are checked before the link is used, so a refused one leaves the link working. An invitation of a
 * colleague deactivated meanwhile works no more.
 */
@UseCase
public class AcceptInvitation {

    private final AccountLinks links;
    private final UserAccountRepository users;
    private final PasswordHashing hashing;
    private final PublishedPasswords published;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public AcceptInvitation(AccountLinks links, UserAccountRepository users, PasswordHashing hashing,
                            Instance<PublishedPasswords> published, Event<SecurityEvent> securityEvents) {
        this(links, users, hashing, PublishedPasswords.all(published), securityEvents);
    }

    AcceptInvitation(AccountLinks links, UserAccountRepository users, PasswordHashing hashing,
                     PublishedPasswords published, Event<SecurityEvent> securityEvents) {
        this.links = links;
        this.users = users;
        this.hashing = hashing;
        this.published = published;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected AcceptInvitation() {
        this(null, null, null, (PublishedPasswords) null, null);
    }

    /** @return her username, to log in with */
    public String accept(String token, String fullName, String password) {
        Validation validation = new Validation();
        String name = validation.requiredText("fullName", fullName, UserAccount.NAME_LENGTH);
        validation.safeText(name, "fullName", false);
        NewPassword chosen = validation.field("password", () -> NewPassword.of(password, published));
        validation.throwIfInvalid();
        String username = links.use(AccountToken.Purpose.INVITATION, token);
        UserAccount user = users.findByUsername(username).filter(UserAccount::isActive).orElseThrow(AccountToken::invalid);
        user.acceptInvitation(name, chosen.hashWith(hashing));
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.INVITATION_ACCEPTED, username, "user:" + username,
                "invitation accepted; name and password chosen"));
        return username;
    }
}
