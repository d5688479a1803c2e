package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The accounts with failed logins in a row, for an administrator: who is locked, until when. */
@UseCase
public class Lockouts {

    private final UserAccountRepository users;
    private final Clock clock;

    @Inject
    public Lockouts(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected Lockouts() {
        this(null, null);
    }

    public List<Lockout> withFailedLogins() {
        Instant now = clock.instant();
        return users.findWithFailedLogins().stream().map(user -> Lockout.of(user, now)).toList();
    }

    /** One account's failed logins; {@code lockedUntil} is null when it is not locked now. */
    public record Lockout(String username, String fullName, int failedLogins, Instant lastFailure,
                          Instant lockedUntil) implements Serializable {

        static Lockout of(UserAccount user, Instant now) {
            var count = user.failedLogins();
            return new Lockout(user.getUsername(), user.getFullName(), count.count(), count.lastFailure(),
                    count.lockedAt(now) ? count.lockedUntil() : null);
        }

        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
