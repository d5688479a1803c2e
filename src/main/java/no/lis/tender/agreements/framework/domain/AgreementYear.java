package no.lis.tender.agreements.framework.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One year of an agreement, from an anniversary of its start to the day before the next. Consumption
 * is imported by month, so the year's consumption is that of the months from the first day's month
 * to the last day's.
 */
public record AgreementYear(LocalDate first, LocalDate last) implements Serializable {

    /** The agreement year that holds {@code day}, for an agreement that started on {@code start}; the first year before it starts. */
    public static AgreementYear containing(LocalDate start, LocalDate day) {
        Objects.requireNonNull(start, "start");
        LocalDate first = start;
        while (!day.isBefore(first.plusYears(1))) {
            first = first.plusYears(1);
        }
        return new AgreementYear(first, first.plusYears(1).minusDays(1));
    }

    public YearMonth firstMonth() {
        return YearMonth.from(first);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(last);
    }
}
