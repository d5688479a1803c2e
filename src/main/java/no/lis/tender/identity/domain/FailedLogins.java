package no.lis.tender.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed logins in a row counted against one account or one network address, when the last
 * one was, and until when further attempts are refused ({@code null}: they are not). A value: each
 * failure gives a new one, by the rules of a {@link LockoutPolicy}.
 */
public record FailedLogins(int count, Instant lastFailure, Instant lockedUntil) {

    public static final FailedLogins NONE = new FailedLogins(0, null, null);

    public FailedLogins {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    /** The count after one more failure at {@code now}; it starts again after a quiet {@code forgetAfter}. */
    public FailedLogins afterFailure(Instant now, LockoutPolicy policy) {
        int failures = (forgottenAt(now, policy) ? 0 : count) + 1;
        Instant until = policy.delayAfter(failures).map(now::plus).orElse(null);
        return new FailedLogins(failures, now, until);
    }

    /** Whether attempts are refused at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long until attempts are admitted again (zero if they are now), rounded up to whole seconds. */
    public Duration retryAfter(Instant now) {
        if (!lockedAt(now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lockedUntil);
        return left.getNano() == 0 ? left : Duration.ofSeconds(left.getSeconds() + 1);
    }

    /** Whether this count no longer matters at {@code now}: quiet for the policy's {@code forgetAfter} and not locked. */
    public boolean forgottenAt(Instant now, LockoutPolicy policy) {
        return count == 0 || (!lockedAt(now) && lastFailure != null && !now.isBefore(lastFailure.plus(policy.forgetAfter())));
    }

    /** Whether the failure that gave this value locked (it reached the policy's limit). */
    public boolean locks() {
        return lockedUntil != null;
    }
}
