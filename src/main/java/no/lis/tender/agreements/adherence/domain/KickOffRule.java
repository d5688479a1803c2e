package no.lis.tender.agreements.adherence.domain;

import java.time.LocalDate;

/**
 * When a kick-off meeting (oppstartsmøte) between Sykehusinnkjøp and a hospital trust is due for an
 * agreement: {@value #LEAD_DAYS} days before the agreement starts by default, so that the hospital
 * pharmacy can plan the stock changeover (run down the old product, order the new) before the first
 * day. Without a meeting planned by then it is overdue; it stays shown as overdue through the
 * agreement's first {@value #CHANGEOVER_DAYS} days, the changeover period, after which a meeting
 * would no longer prepare anything. See docs/domain.md for where the rule comes from.
 */
public final class KickOffRule {

    /** Days before the agreement's start that the meeting is held by default, and by which one must be planned. */
    public static final int LEAD_DAYS = 14;
    /** Days after the start during which a missing meeting is still shown. */
    public static final int CHANGEOVER_DAYS = 30;

    private KickOffRule() {
    }

    /** The meeting's default day, and the day by which one must be planned: {@value #LEAD_DAYS} days before {@code start}. */
    public static LocalDate dueOn(LocalDate start) {
        return start.minusDays(LEAD_DAYS);
    }

    /**
     * Whether the kick-off of an agreement starting on {@code start} with one trust is overdue on
     * {@code today}: none is {@code planned}, the due day has come, and the changeover period has
     * not passed.
     */
    public static boolean isOverdue(LocalDate start, boolean planned, LocalDate today) {
        return !planned && !today.isBefore(dueOn(start)) && !today.isAfter(start.plusDays(CHANGEOVER_DAYS));
    }

    /** Whether agreements starting on {@code start} are followed up on {@code today} at all (the due day to the changeover's end). */
    public static boolean isWithinFollowUp(LocalDate start, LocalDate today) {
        return isOverdue(start, false, today);
    }
}
