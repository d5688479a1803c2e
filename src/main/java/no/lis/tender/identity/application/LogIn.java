package no.lis.tender.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.FailedLogins;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.shared.domain.SecurityEvent;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * A login with a username and a password, from the login page or HTTP Basic on the API, that
 * resists guessing:
 * <ul>
 *   <li>an address with too many failures, or a locked account, is refused before any password
 *       is checked (so a flood of wrong passwords costs the server almost nothing); a locked account's
 *       refusal is remembered for {@link LoginThrottle#REFUSAL_MEMORY}, so that a flood on it does not
 *       take the account's row lock once per attempt;</li>
 *   <li>an unknown username costs the same PBKDF2 check as a known one (against a dummy hash) and
 *       is counted and locked alike, so neither the time nor the answer tells which names exist;</li>
 *   <li>the fifth wrong password in a row locks the account, with growing waits, and fires
 *       {@link SecurityEvent.Kind#LOGIN_LOCKED}; an administrator can lift it. An address made to
 *       wait fires it too (subject {@code address:...}).</li>
 * </ul>
 * Not a {@code @UseCase}: the password check must run outside a transaction, between the two short
 * ones of {@link LoginAttempts}.
 */
@ApplicationScoped
public class LogIn {

    /** The request attribute with the {@link LoginResult.Throttled} of a page login, for the login page's message. */
    public static final String THROTTLED_ATTRIBUTE = LogIn.class.getName() + ".throttled";
    /** The request attribute with the {@link LoginResult.Held} of a page login, for the login page's message. */
    public static final String HELD_ATTRIBUTE = LogIn.class.getName() + ".held";

    /** Longer than any username (60) by far: such a name is refused without a look. */
    static final int LONGEST_NAME = 200;

    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final RecentLogins recent;
    private final PasswordHashing passwords;
    private final Event<SecurityEvent> securityEvents;
    private final Clock clock;

    @Inject
    public LogIn(LoginAttempts attempts, LoginThrottle throttle, RecentLogins recent, PasswordHashing passwords,
                 Event<SecurityEvent> securityEvents, Clock clock) {
        this.attempts = attempts;
        this.throttle = throttle;
        this.recent = recent;
        this.passwords = passwords;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected LogIn() {
        this(null, null, null, null, null, null);
    }

    /** A hash of a random password, made like the stored ones: what an unknown username is checked against. */
    private String dummyHash;

    @PostConstruct
    void makeDummyHash() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        dummyHash = passwords.hash(Base64.getEncoder().encodeToString(random));
    }

    /** Checks {@code password} for {@code username}, from the network address {@code address}. */
    public LoginResult attempt(String username, String password, String address) {
        Instant now = clock.instant();
        Duration addressWait = throttle.addressWait(address, now);
        if (!addressWait.isZero()) {
            return new LoginResult.Throttled(addressWait);
        }
        if (username == null || password == null || username.isBlank() || username.length() > LONGEST_NAME) {
            addressFailed(address, now);
            return new LoginResult.Refused();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (recent.contains(name, password, now)) {
            LoginResult remembered = attempts.remembered(name, now);
            if (remembered instanceof LoginResult.Refused) {
                recent.forget(name);
            }
            return remembered;
        }
        return recent.once(name, password, () -> check(name, password, address, now));
    }

    /** The check itself: count the attempt, verify the password (or a dummy), clear or keep the count. */
    private LoginResult check(String name, String password, String address, Instant now) {
        Duration refused = throttle.refusedWait(name, now);
        if (!refused.isZero()) {
            return new LoginResult.Throttled(refused);
        }
        LoginAttempts.Admission admission = attempts.admit(name, now);
        if (!admission.admitted()) {
            throttle.refused(name, now, admission.retryAfter());
            return new LoginResult.Throttled(admission.retryAfter());
        }
        boolean right = passwords.matches(password, admission.passwordHash() == null ? dummyHash : admission.passwordHash());
        if (right && admission.caller() != null) {
            attempts.succeeded(name, now);
            recent.remember(name, password, now);
            return new LoginResult.Success(admission.caller());
        }
        if (right && admission.hold() != null) {
            attempts.held(name);
            return new LoginResult.Held(admission.hold());
        }
        addressFailed(address, now);
        if (admission.passwordHash() != null && admission.counted().locks()) {
            announceLock(name, admission.counted(), address);
        }
        return new LoginResult.Refused();
    }

    /** Counts the failure against the address; when that makes the address wait, the security log hears of it. */
    private void addressFailed(String address, Instant now) {
        FailedLogins counted = throttle.addressFailed(address, now);
        if (counted.locks() && now.equals(counted.lastFailure())) {
            securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.LOGIN_LOCKED, SecurityEvent.SYSTEM, "address:" + address,
                    counted.count() + " failed logins from this address; it waits until " + counted.lockedUntil()));
        }
    }

    private void announceLock(String username, FailedLogins counted, String address) {
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.LOGIN_LOCKED, SecurityEvent.SYSTEM, "user:" + username,
                counted.count() + " failed logins in a row, the last from " + address + "; locked until "
                        + counted.lockedUntil()));
    }
}
