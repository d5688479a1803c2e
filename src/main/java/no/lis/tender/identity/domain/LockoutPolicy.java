package no.lis.tender.identity.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How failed logins slow down guessing: the first {@code freeFailures - 1} failures in a row cost
 * nothing; the failure that reaches {@code freeFailures} refuses further attempts for
 * {@code firstDelay}, and each failure after that doubles the wait, up to {@code longestDelay}. A
 * count that has been quiet for {@code forgetAfter} starts again from zero.
 *
 * <p>The waits are answered at once (429 with {@code Retry-After}, a message on the login page),
 * never by holding the request: a flood of attempts must not tie up the server's threads.
 */
public record LockoutPolicy(int freeFailures, Duration firstDelay, Duration longestDelay, Duration forgetAfter) {

    /**
     * One account (or one username that names no account, so that both answer alike): the fifth
     * wrong password in a row locks it for a minute, then 2, 4, 8 … minutes up to a day. Only a
     * successful login, an administrator or a quiet day clears the count.
     */
    public static final LockoutPolicy ACCOUNT = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofDays(1),
            Duration.ofDays(1));

    /**
     * One network address, across all the usernames it tries: twenty failures are allowed (a
     * shared office address, a test run), then 10 s, 20 s, 40 s … up to 15 minutes; forgotten after
     * an hour without a failure.
     */
    public static final LockoutPolicy ADDRESS = new LockoutPolicy(20, Duration.ofSeconds(10), Duration.ofMinutes(15),
            Duration.ofHours(1));

    /**
     * Requests for a mailed link (registration, password reset) from one network address: ten in a row
     * are free (an office registering and resetting), then 5 minutes, 10, 20 … up to 2 hours between
     * them; forgotten after two quiet hours.
     */
    public static final LockoutPolicy LINKS_PER_ADDRESS = new LockoutPolicy(10, Duration.ofMinutes(5), Duration.ofHours(2),
            Duration.ofHours(2));

    /**
     * Requests for a mailed link to one e-mail address: three are free (a mail that did not come, asked
     * again), then 15 minutes, 30, 60 … up to a day; forgotten after a quiet day.
     */
    public static final LockoutPolicy LINKS_PER_EMAIL = new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofDays(1),
            Duration.ofDays(1));

    public LockoutPolicy {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(longestDelay, "longestDelay");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the first delay must be positive and the longest delay at least as long");
        }
        if (forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("forgetAfter must be positive");
        }
    }

    /** How long further attempts are refused after the {@code failures}-th failure in a row; empty: not at all. */
    public Optional<Duration> delayAfter(int failures) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = failures - freeFailures;
        // 2^doublings overflows long after the longest delay is reached
        if (doublings >= 40) {
            return Optional.of(longestDelay);
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
    }
}
