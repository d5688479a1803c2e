package no.lis.tender.agreements.adherence.domain;

import java.time.YearMonth;

/** How savings are grouped over time for a chart: per month or per calendar year. */
public enum Granularity {
    MONTH,
    YEAR;

    /** The first month of the period {@code month} falls in. */
    public YearMonth periodOf(YearMonth month) {
        return this == MONTH ? month : YearMonth.of(month.getYear(), 1);
    }

    /** The period's label: {@code 2026-03} per month, {@code 2026} per year. */
    public String label(YearMonth periodStart) {
        return this == MONTH ? periodStart.toString() : String.valueOf(periodStart.getYear());
    }
}
