package no.lis.tender.publication.domain;

import no.lis.tender.tendering.domain.Timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * OCDS dates are date-times; the procedure's calendar dates (the award, the agreement's first and last
 * day) are given as the start of that day in Norway, with its offset, so that they read as the dates
 * they are. Instants are given in Norwegian time as well.
 */
final class OcdsDates {

    private OcdsDates() {
    }

    static OffsetDateTime dateTime(Instant instant) {
        return instant == null ? null : instant.atZone(Timeline.OSLO).toOffsetDateTime();
    }

    static OffsetDateTime startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Timeline.OSLO).toOffsetDateTime();
    }

    /** The end of the last day of a period: the start of the day after it would read as the wrong date. */
    static OffsetDateTime endOf(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(Timeline.OSLO).minusSeconds(1).toOffsetDateTime();
    }

    /** The instant a day begins in Norway: when a status that follows from a calendar date changes. */
    static Instant dayStarts(LocalDate date) {
        return date.atStartOfDay(Timeline.OSLO).toInstant();
    }
}
