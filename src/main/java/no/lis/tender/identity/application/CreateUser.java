package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.NewPassword;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.PublishedPasswords;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.RoleChoice;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.identity.domain.UserDetails;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Validation;

import java.util.Set;
import java.util.TreeSet;

/**
 * An administrator makes an internal user (buyer, specialist, price viewer, administrator). Every
 * broken rule is named at once, under its field, and nothing is made until all hold; the security
 * log names the administrator and the roles given.
 */
@UseCase
public class CreateUser {

    private final UserAccountRepository users;
    private final PasswordHashing hashing;
    private final PublishedPasswords published;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public CreateUser(UserAccountRepository users, PasswordHashing hashing, Instance<PublishedPasswords> published,
                      Event<SecurityEvent> securityEvents) {
        this(users, hashing, PublishedPasswords.all(published), securityEvents);
    }

    CreateUser(UserAccountRepository users, PasswordHashing hashing, PublishedPasswords published,
               Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.hashing = hashing;
        this.published = published;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected CreateUser() {
        this(null, null, (PublishedPasswords) null, null);
    }

    public UserAccount create(NewUserCommand command, String administrator) {
        Validation validation = new Validation();
        UserDetails details = UserDetails.check(validation, command.username(), command.fullName(), command.email(),
                taken -> users.findByUsername(taken).isPresent());
        Set<Role> roles = validation.field("roles", () -> RoleChoice.of(command.roles(), false));
        NewPassword password = validation.field("password", () -> NewPassword.of(command.password(), published));
        validation.throwIfInvalid();

        String username = details.username();
        UserAccount user = users.save(new UserAccount(username, details.fullName(), details.email(),
                password.hashWith(hashing), roles, null));
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.USER_CREATED, administrator, "user:" + username,
                "roles " + new TreeSet<>(roles)));
        return user;
    }
}
