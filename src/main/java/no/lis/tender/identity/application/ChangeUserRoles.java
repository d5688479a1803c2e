package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.RoleChoice;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An administrator gives a user other roles. An administrator cannot take her own administrator
 * role (someone else must), so that the last one cannot lock everyone out; the security log names
 * the roles before and after.
 */
@UseCase
public class ChangeUserRoles {

    private final UserAccountRepository users;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public ChangeUserRoles(UserAccountRepository users, Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected ChangeUserRoles() {
        this(null, null);
    }

    public UserAccount change(String username, Long version, List<String> roleNames, String administrator) {
        UserAccount user = UserAdministration.load(users, username, version);
        Set<Role> roles = RoleChoice.of(roleNames, user.getSupplierId() != null);
        if (user.getUsername().equals(administrator) && !roles.contains(Role.ADMIN)) {
            throw new DomainException("roles", "user.admin.keepOwn");
        }
        Set<Role> before = new TreeSet<>(user.getRoles());
        user.changeRoles(roles);
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED, administrator, "user:" + user.getUsername(),
                "roles " + before + " -> " + new TreeSet<>(roles)));
        return user;
    }
}
