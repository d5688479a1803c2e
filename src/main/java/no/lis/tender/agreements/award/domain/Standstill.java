package no.lis.tender.agreements.award.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.NorwegianHolidays;
import no.lis.tender.tendering.domain.TimeLimits;
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
 *       date plus {@code days}, moved to the next working day when it falls on a Saturday, Sunday
 *       or Norwegian public holiday (the EEA rule on time limits, Regulation 1182/71 art. 3(4)).
 *       Letters issued on Wednesday 2 December 2026 with 10 days give Saturday 12 December, so the
 *       standstill runs to the end of Monday 14 December and the agreement may be concluded from
 *       15 December, 00:00 Norwegian time.</li>
 *   <li>A supplier's petition to the court for an interim injunction, filed within the standstill,
 *       suspends it by law: while the court's decision is not recorded the standstill has no end
 *       and the agreement may not be concluded. Once it is recorded, the standstill ends at the
 *       later of its own last day and the day of the decision, so the buyer never concludes on the
 *       day the court decides.</li>
 *   <li>An ordinary complaint to the buyer, and a petition filed after the last day, are recorded and
 *       answered but hold nothing.</li>
 * </ul>
 *
 * @param lettersIssuedOn the calendar date in Norway on which the award letters were issued
 * @param days            its length in calendar days, {@value #MIN_DAYS} by default
 * @param complaints      the complaints and petitions recorded against the award, open or resolved
 */
public record Standstill(LocalDate lettersIssuedOn, int days, List<Complaint> complaints) {

    /**
     * The statutory minimum for above-threshold contracts when the letters are sent electronically;
     * the tender's timeline plans the agreement start after it ({@link TimeLimits#STANDSTILL_DAYS}).
     */
    public static final int MIN_DAYS = TimeLimits.STANDSTILL_DAYS;
    /** A longer standstill than this is a typing error. */
    public static final int MAX_DAYS = 60;

    public Standstill {
        Objects.requireNonNull(lettersIssuedOn, "lettersIssuedOn");
        if (days < 1) {
            throw new IllegalArgumentException("a standstill of " + days + " days");
        }
        complaints = List.copyOf(complaints);
    }

    /**
     * The last day of the standstill as announced in the letters: their date plus {@code days},
     * or the next working day after that if it is not one.
     */
    public LocalDate announcedEnd() {
        return NorwegianHolidays.workingDayOnOrAfter(lettersIssuedOn.plusDays(days));
    }

    /** Whether a petition to the court filed within the standstill awaits the court's decision. */
    public boolean isSuspended() {
        LocalDate lastDay = announcedEnd();
        return complaints.stream().anyMatch(complaint -> complaint.suspends(lettersIssuedOn, lastDay));
    }

    /**
     * The last day of the standstill: the announced end, or the day the court decided a petition
     * filed within it if that is later; empty while such a petition awaits the court.
     */
    public Optional<LocalDate> end() {
        if (isSuspended()) {
            return Optional.empty();
        }
        LocalDate lastDay = announcedEnd();
        return Optional.of(complaints.stream().filter(complaint -> complaint.blocks(lettersIssuedOn, lastDay))
                .map(Complaint::resolvedOn).reduce(lastDay, (end, decided) -> decided.isAfter(end) ? decided : end));
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
     * while a petition to the court awaits its decision, {@code agreements.standstill.notEnded} with its last day otherwise.
     */
    public void requireEnded(Clock clock) {
        if (isSuspended()) {
            throw new DomainException(null, "agreements.standstill.suspended");
        }
        LocalDate end = end().orElseThrow();
        if (!hasEndedOn(today(clock))) {
            throw new DomainException(null, "agreements.standstill.notEnded", end);
        }
    }

    public static LocalDate today(Clock clock) {
        return Timeline.osloDate(clock.instant());
    }
}
