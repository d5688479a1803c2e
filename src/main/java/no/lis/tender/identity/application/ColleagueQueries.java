package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.domain.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** For the manager of a supplier's users: the users of her supplier, herself included. */
@ApplicationScoped
@Transactional
public class ColleagueQueries {

    private final UserAccountRepository users;

    @Inject
    public ColleagueQueries(UserAccountRepository users) {
        this.users = users;
    }

    /** For the CDI proxy. */
    protected ColleagueQueries() {
        this(null);
    }

    public List<Colleague> of(String manager) {
        UserAccount self = manager(users, manager);
        return users.findBySupplierId(self.getSupplierId()).stream().map(Colleague::of).toList();
    }

    /** Whether {@code username} manages her supplier's users (the page's menu asks). */
    public boolean manages(String username) {
        return users.findByUsername(username).filter(UserAccount::isCompanyManager).isPresent();
    }

    /** The user {@code username}, who must manage her supplier's users. */
    static UserAccount manager(UserAccountRepository users, String username) {
        return users.findByUsername(username).filter(u -> u.isCompanyManager() && u.getSupplierId() != null)
                .orElseThrow(() -> new DomainException(null, "colleagues.notManager"));
    }

    /**
     * A user of the supplier as her manager sees her.
     *
     * @param invited whether she has yet to follow her invitation's link
     */
    public record Colleague(String username, String fullName, String email, boolean active, boolean invited,
                            boolean manager, Instant lastLoginAt, long version) implements Serializable {

        static Colleague of(UserAccount user) {
            return new Colleague(user.getUsername(), user.getFullName(), user.getEmail(), user.isActive(),
                    !user.isEmailVerified(), user.isCompanyManager(), user.getLastLoginAt(), user.getVersion());
        }
    }
}
