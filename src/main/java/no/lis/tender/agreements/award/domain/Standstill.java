package no.lis.tender.agreements.award.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standstill period (karensperiode) between the award letters and the conclusion of the
 * agreement, counted in calendar days in Norway (Europe/Oslo), as the procurement regulation
 * counts it ("regnet fra dagen etter at meldingen om tildeling ble sendt"):
 * <ul>
 *   <li>Day 1 is the day after the letters were issued; the standstill's last day is the letters'
 *       date plus {@code days}. Letters issued on 2 March with 10 days run to the end of 12 March,
 *       and the agreement may be concluded from 13 March, 00:00 Norwegian time. A last day on a
 *       weekend or public holiday is not moved.</li>
 *   <li>A complaint recorded during the standstill suspends it: while any complaint is open the
 *       standstill has no end and the agreement may not be concluded.</li>
 *   <li>Once every complaint is resolved, the standstill ends at the later of its own last day and
 *       the date the last complaint was resolved: the suspension never shortens the period the
 *       suppliers were promised, and the buyer never concludes on the day of a resolution, which
 *       leaves the suppliers that day to act on it. (The days the complaint was open are not added
 *       on top: the suspension holds the standstill, it does not restart it.)</li>
 * </ul>
 *
 * @param lettersIssuedOn the calendar date in Norway on which the award letters were issued
 * @param days            its length in calendar days, {@value #MIN_DAYS} by default
 * @param complaints      the complaints recorded against the award, open or resolved
 */
public record Standstill(LocalDate lettersIssuedOn, int days, List<Complaint> complaints) {

    /** The statutory minimum for above-threshold contracts when the letters are sent electronically. */
    public static final int MIN_DAYS = 10;
    /** A longer standstill than this is a typing error. */
    public static final int MAX_DAYS = 60;

    public Standstill {
        Objects.requireNonNull(lettersIssuedOn, "lettersIssuedOn");
        if (days < 1) {
            throw new IllegalArgumentException("a standstill of " + days + " days");
        }
        complaints = List.copyOf(complaints);
    }

    /** The last day of the standstill as announced in the letters: their date plus {@code days}. */
    public LocalDate announcedEnd() {
        return lettersIssuedOn.plusDays(days);
    }

    /** Whether an open complaint holds the standstill. */
    public boolean isSuspended() {
        return complaints.stream().anyMatch(complaint -> !complaint.isResolved());
    }

    /**
     * The last day of the standstill: the announced end, or the date the last complaint was
     * resolved if that is later; empty while a complaint is open.
     */
    public Optional<LocalDate> end() {
        if (isSuspended()) {
            return Optional.empty();
        }
        return Optional.of(complaints.stream().map(Complaint::resolvedOn).reduce(announcedEnd(),
                (end, resolved) -> resolved.isAfter(end) ? resolved : end));
    }

    /** Whether the standstill is over on {@code date}: it has an end, and {@code date} is after it. */
    public boolean hasEndedOn(LocalDate date) {
        return end().map(date::isAfter).orElse(false);
    }

    /** Whether the agreement may be concluded now, in Norway: the standstill has ended. */
    public boolean mayConclude(Clock clock) {
        return hasEndedOn(today(clock));
    }

    /**
     * Refuses to go on before the standstill has ended: {@code agreements.standstill.suspended}
     * while a complaint is open, {@code agreements.standstill.notEnded} with its last day otherwise.
     */
    public void requireEnded(Clock clock) {
        if (isSuspended()) {
            throw new DomainException(null, "agreements.standstill.suspended");
        }
        LocalDate end = end().orElseThrow();
        if (!hasEndedOn(today(clock))) {
            throw new DomainException(null, "agreements.standstill.notEnded", AwardTexts.date(end));
        }
    }

    public static LocalDate today(Clock clock) {
        return Timeline.osloDate(clock.instant());
    }
}
