package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versions;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** For an administrator: every user with her roles, status, last login and lockout. */
@UseCase
public class UserAdministration {

    private final UserAccountRepository users;
    private final Clock clock;

    @Inject
    public UserAdministration(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected UserAdministration() {
        this(null, null);
    }

    public List<UserRow> all() {
        Instant now = clock.instant();
        return users.findAll().stream().map(user -> UserRow.of(user, now)).toList();
    }

    public Optional<UserRow> find(String username) {
        return users.findByUsername(username).map(user -> UserRow.of(user, clock.instant()));
    }

    /** The user named, as she was when the administrator saw her at {@code version}. */
    static UserAccount load(UserAccountRepository users, String username, Long version) {
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new DomainException("username", "user.notFound"));
        Versions.require(user.getVersion(), version);
        return user;
    }

    /**
     * A user as the administrator's list shows her.
     *
     * @param supplierUser whether she is a supplier's user (whose roles come with the supplier)
     * @param lockedUntil  until when her logins are refused; {@code null} when they are not now
     * @param emailVerified    whether she proved her address (a registered or invited supplier's user may not yet have)
     * @param awaitingApproval whether she registered a company that an administrator has yet to approve
     * @param registeredAs     the company she registered, name and organisation number; {@code null} if none
     */
    public record UserRow(String username, String fullName, String email, List<Role> roles, boolean supplierUser,
                          boolean active, Instant lastLoginAt, int failedLogins, Instant lockedUntil, long version,
                          boolean emailVerified, boolean awaitingApproval, String registeredAs)
            implements Serializable {

        static UserRow of(UserAccount user, Instant now) {
            var failed = user.failedLogins();
            return new UserRow(user.getUsername(), user.getFullName(), user.getEmail(), List.copyOf(new TreeSet<>(user.getRoles())),
                    user.getSupplierId() != null, user.isActive(), user.getLastLoginAt(), failed.count(),
                    failed.lockedAt(now) ? failed.lockedUntil() : null, user.getVersion(), user.isEmailVerified(),
                    user.awaitsApproval(), user.getRegisteredAs());
        }
    }
}
