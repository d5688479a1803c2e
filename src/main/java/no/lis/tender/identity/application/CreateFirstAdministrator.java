package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.NewPassword;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.PublishedPasswords;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.util.Set;

/**
 * The one-time step that gives a new installation its first administrator (who then adds everyone
 * else): only while no active administrator exists, so that a password left in the environment
 * cannot create or reset an administrator later.
 */
@UseCase
public class CreateFirstAdministrator {

    private final UserAccountRepository users;
    private final PasswordHashing hashing;
    private final PublishedPasswords published;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public CreateFirstAdministrator(UserAccountRepository users, PasswordHashing hashing,
                                    Instance<PublishedPasswords> published, Event<SecurityEvent> securityEvents) {
        this(users, hashing, PublishedPasswords.all(published), securityEvents);
    }

    CreateFirstAdministrator(UserAccountRepository users, PasswordHashing hashing, PublishedPasswords published,
                             Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.hashing = hashing;
        this.published = published;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected CreateFirstAdministrator() {
        this(null, null, (PublishedPasswords) null, null);
    }

    /**
     * Creates {@code username} as an administrator with {@code password}, or returns {@code false}
     * and changes nothing when an active administrator exists already.
     *
     * @throws DomainException when the password is too short or published, or the username is taken
     */
    public boolean createUnlessAnAdministratorExists(String username, String password) {
        if (users.anyActiveWith(Role.ADMIN)) {
            return false;
        }
        NewPassword chosen = NewPassword.of(password, published);
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("username", "user.username.taken", username);
        }
        users.save(new UserAccount(username, "Administrator", null, chosen.hashWith(hashing), Set.of(Role.ADMIN), null));
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.USER_CREATED, SecurityEvent.SYSTEM, "user:" + username,
                "first administrator, from lis.admin.password"));
        return true;
    }
}
