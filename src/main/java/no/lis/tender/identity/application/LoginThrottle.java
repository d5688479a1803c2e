package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.FailedLogins;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.identity.domain.LoginPolicies;
import no.lis.tender.shared.domain.SecurityEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The failed logins that are counted in this server's memory, not on an account row:
 * <ul>
 *   <li>per network address, across all usernames it tries ({@link LoginPolicies#address()},
 *       by default {@link LockoutPolicy#ADDRESS});</li>
 *   <li>per username that names no account, under the same policy as an account
 *       ({@link LoginPolicies#account()}), so that an unknown name is locked after as many attempts
 *       and answers the same as a known one: the answers do not tell which usernames exist.</li>
 * </ul>
 * In memory per server: with several servers, each counts the attempts it receives (the accounts'
 * own counts are shared through the database). A restart forgets these counts.
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * How long a refusal read from the accounts (a locked account, a locked unknown name) is taken as it stands
     * before the database is asked again. Short, so that a lockout lifted on another server counts there within
     * it; long enough that a flood of attempts on a locked account costs one locking read per interval, not one
     * per attempt (the deadline rush: 5 400 refused attempts in 12 s each took the account's row lock).
     */
    static final Duration REFUSAL_MEMORY = Duration.ofSeconds(2);
    private static final String USER_SUBJECT = "user:";

    private final FailureCounts addresses;
    private final FailureCounts unknownNames;
    private final ConcurrentMap<String, Refusal> refusals = new ConcurrentHashMap<>();

    @Inject
    public LoginThrottle(LoginPolicies policies) {
        addresses = new FailureCounts(policies.address());
        unknownNames = new FailureCounts(policies.account());
    }

    /** For the CDI proxy. */
    protected LoginThrottle() {
        addresses = null;
        unknownNames = null;
    }

    /** How long {@code address} must wait before its next login attempt; zero: it may try now. */
    public Duration addressWait(String address, Instant now) {
        return addresses.waitFor(address, now);
    }

    /** A login from {@code address} failed at {@code now}; returns the address's count after it. */
    public FailedLogins addressFailed(String address, Instant now) {
        return addresses.fail(address, now);
    }

    /** How long attempts on the unknown {@code username} must wait; zero: it may be tried now. */
    Duration unknownNameWait(String username, Instant now) {
        return unknownNames.waitFor(key(username), now);
    }

    /** Counts an attempt on a username that names no account, as an account counts it ({@code UserAccount.countLoginAttempt}). */
    FailedLogins countUnknownName(String username, Instant now) {
        return unknownNames.fail(key(username), now);
    }

    /**
     * How long attempts on {@code username} are still refused, as the accounts said less than
     * {@link #REFUSAL_MEMORY} before {@code now}; zero: ask them.
     */
    Duration refusedWait(String username, Instant now) {
        Refusal refusal = refusals.get(key(username));
        if (refusal == null || !now.isBefore(refusal.askAgainAt())) {
            return Duration.ZERO;
        }
        return Duration.between(now, refusal.until());
    }

    /** The accounts refused an attempt on {@code username} at {@code now} for {@code wait}: remember it briefly. */
    void refused(String username, Instant now, Duration wait) {
        if (refusals.size() > FailureCounts.PRUNE_ABOVE) {
            refusals.values().removeIf(refusal -> !now.isBefore(refusal.askAgainAt()));
        }
        Instant until = now.plus(wait);
        Instant askAgain = now.plus(REFUSAL_MEMORY);
        refusals.put(key(username), new Refusal(until, until.isBefore(askAgain) ? until : askAgain));
    }

    /** A lockout was lifted, a password reset: the next attempt on that user asks the accounts at once. */
    void forgetRefusal(@Observes SecurityEvent event) {
        if (event.kind() != SecurityEvent.Kind.LOGIN_LOCKED && event.subject() != null
                && event.subject().startsWith(USER_SUBJECT)) {
            refusals.remove(key(event.subject().substring(USER_SUBJECT.length())));
        }
    }

    /** A refusal the accounts gave: refused until {@code until}, believed until {@code askAgainAt}. */
    private record Refusal(Instant until, Instant askAgainAt) {
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
