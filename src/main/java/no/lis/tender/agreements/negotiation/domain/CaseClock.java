package no.lis.tender.agreements.negotiation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The case clock against the 180-day target of Nye metoder, from the day the case was received to
 * the decision (or to today while none is made): calendar days, less the days it stood still while
 * the buyer waited for the supplier. A stop counts from the day the buyer asked to the day before the
 * answer came; a stop still open counts to today.
 *
 * @param daysUsed    days the clock has run
 * @param daysStopped days it stood still
 * @param running     whether it runs now (no open stop and no decision)
 */
public record CaseClock(int daysUsed, int daysStopped, boolean running) {

    /** The target for a case of Nye metoder, from received to decision, with the clock stopped while waiting. */
    public static final int TARGET_DAYS = 180;

    /** The clock of a case received on {@code receivedOn} with {@code stops}, decided on {@code decidedOn} (or null) seen on {@code today}. */
    public static CaseClock of(LocalDate receivedOn, List<ClockStop> stops, LocalDate decidedOn, LocalDate today) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        LocalDate end = decidedOn != null ? decidedOn : today;
        long total = Math.max(0, ChronoUnit.DAYS.between(receivedOn, end));
        long stopped = 0;
        boolean waiting = false;
        for (ClockStop stop : stops) {
            LocalDate from = stop.getStoppedOn().isBefore(receivedOn) ? receivedOn : stop.getStoppedOn();
            LocalDate to = stop.isOpen() || stop.getResumedOn().isAfter(end) ? end : stop.getResumedOn();
            stopped += Math.max(0, ChronoUnit.DAYS.between(from, to));
            waiting |= stop.isOpen();
        }
        return new CaseClock((int) (total - stopped), (int) stopped, decidedOn == null && !waiting);
    }

    /** Days left of the target; negative once it is passed. */
    public int daysLeft() {
        return TARGET_DAYS - daysUsed;
    }

    /** Whether more days are used than the target allows. */
    public boolean isOverTarget() {
        return daysUsed > TARGET_DAYS;
    }

    public int targetDays() {
        return TARGET_DAYS;
    }
}
