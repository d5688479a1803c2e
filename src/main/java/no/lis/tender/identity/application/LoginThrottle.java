package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.FailedLogins;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.identity.domain.LoginPolicies;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

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

    private final FailureCounts addresses;
    private final FailureCounts unknownNames;

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

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
