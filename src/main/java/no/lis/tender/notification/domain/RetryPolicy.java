package no.lis.tender.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a mail that the SMTP server did not take is tried again: after {@code first}, then twice as long
 * after each further failure, never longer than {@code longest}. A mail is never given up: the outbox
 * keeps it until the server takes it (an operator sees the attempts and the last error).
 */
public record RetryPolicy(Duration first, Duration longest) {

    /** 30 s, 1 min, 2 min, … up to an hour between attempts. */
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The first wait must be positive and not longer than the longest: "
                    + first + ", " + longest);
        }
    }

    /** The wait after the {@code failures}-th failed attempt in a row (1 for the first). */
    public Duration waitAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        // doubling 62 times overflows; far fewer reach the ceiling of any sensible policy
        int doublings = Math.min(failures - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** When to try again after the {@code failures}-th failure at {@code failedAt}. */
    public Instant nextAttempt(int failures, Instant failedAt) {
        return failedAt.plus(waitAfter(failures));
    }
}
