package no.lis.tender.agreements.adherence.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days to look ahead in follow-up, both ends inclusive: e.g. the next 12 months from
 * today ({@link #monthsFrom}). Plain dates, so that any context's deadlines can be checked against it.
 */
public record Horizon(LocalDate from, LocalDate until) {

    public Horizon {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a horizon ends after it starts: " + from + " - " + until);
        }
    }

    /** From {@code asOf} to the same day {@code months} months later (0 or more). */
    public static Horizon monthsFrom(LocalDate asOf, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months ahead may not be negative: " + months);
        }
        return new Horizon(asOf, asOf.plusMonths(months));
    }

    /** Whether {@code date} falls within the horizon; {@code null} (no date) never does. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(until);
    }

    /** Whether {@code date} lies before the horizon: already passed. */
    public boolean hasPassed(LocalDate date) {
        return date != null && date.isBefore(from);
    }
}
