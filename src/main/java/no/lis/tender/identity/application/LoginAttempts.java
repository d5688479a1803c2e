package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.FailedLogins;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.identity.domain.LoginHold;
import no.lis.tender.identity.domain.LoginPolicies;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The bookkeeping of a login, in short transactions of their own on either side of the password
 * check (which takes ~60 ms and must hold no row lock): an attempt is counted before its password
 * is checked, and the count is cleared when the password was right.
 */
@UseCase
public class LoginAttempts {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;
    private final LockoutPolicy accountPolicy;

    @Inject
    public LoginAttempts(UserAccountRepository users, LoginThrottle throttle, LoginPolicies policies) {
        this.users = users;
        this.throttle = throttle;
        this.accountPolicy = policies == null ? null : policies.account();
    }

    /** For the CDI proxy. */
    protected LoginAttempts() {
        this(null, null, null);
    }

    /**
     * Admits an attempt on {@code username} at {@code now}, or refuses it while the account (or
     * the unknown name) is locked. An admitted attempt is counted as failed already: the account's
     * row is locked for the update, so attempts in parallel, even on several servers, are all
     * counted.
     */
    public Admission admit(String username, Instant now) {
        Optional<UserAccount> found = users.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            Duration wait = throttle.unknownNameWait(username, now);
            if (!wait.isZero()) {
                return Admission.refused(wait);
            }
            return Admission.unknown(throttle.countUnknownName(username, now));
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            return Admission.refused(account.failedLogins().retryAfter(now));
        }
        FailedLogins counted = account.countLoginAttempt(now, accountPolicy);
        return new Admission(true, null, account.getPasswordHash(), account.mayLogIn()
                ? new Caller(account.getUsername(), account.getRoles()) : null, counted, account.loginHold());
    }

    /**
     * The password was right at {@code now}: the attempt counted in advance, and those before it, no
     * longer count, and {@code now} is the user's last login.
     */
    public void succeeded(String username, Instant now) {
        users.findByUsernameForUpdate(username).ifPresent(UserAccount::loggedIn);
        users.recordLogin(username, now);
    }

    /**
     * The password was right at {@code now}, but she may not log in yet ({@link LoginHold}): the attempt
     * counted in advance no longer counts, and it is no login.
     */
    public void held(String username) {
        users.findByUsernameForUpdate(username).ifPresent(UserAccount::loggedIn);
    }

    /**
     * For a password verified right minutes ago: the caller, unless the account has since been
     * locked (then it waits like any other attempt) or deactivated. Nothing is counted.
     */
    public LoginResult remembered(String username, Instant now) {
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty() || !found.get().mayLogIn()) {
            return new LoginResult.Refused();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            return new LoginResult.Throttled(account.failedLogins().retryAfter(now));
        }
        return new LoginResult.Success(new Caller(account.getUsername(), account.getRoles()));
    }

    /**
     * The outcome of {@link #admit}.
     *
     * @param admitted     whether the password is to be checked
     * @param retryAfter   when not admitted: how long until the next attempt is
     * @param passwordHash the account's stored hash; {@code null} for an unknown username (then a dummy is checked)
     * @param caller       who the request is made by if the password is right; {@code null} if the
     *                     name is unknown, the account deactivated,
     *                     its address not verified or its company not approved
     * @param counted      the failed logins in a row, this attempt included
     * @param hold         why a right password would not let her in yet, to be told only after a right one;
     *                     {@code null} if nothing she can wait for stands in the way
     */
    public record Admission(boolean admitted, Duration retryAfter, String passwordHash, Caller caller,
                            FailedLogins counted, LoginHold hold) {

        static Admission refused(Duration retryAfter) {
            return new Admission(false, retryAfter, null, null, null, null);
        }

        static Admission unknown(FailedLogins counted) {
            return new Admission(true, null, null, null, counted, null);
        }
    }
}
