package no.lis.tender.agreements.award.domain;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class StandstillTest {

    /** A Thursday; ten days later is Sunday 12 April 2026. */
    private static final LocalDate SECOND_OF_APRIL = LocalDate.of(2026, 4, 2);
    /** A Monday; ten days later is Thursday 12 March 2026, a working day. */
    private static final LocalDate SECOND_OF_MARCH = LocalDate.of(2026, 3, 2);

    private static Clock osloAt(int month, int day, int hour, int minute) {
        return TenderFixtures.at(oslo(2026, month, day, hour).plusSeconds(minute * 60L));
    }

    private static Complaint petition(LocalDate filedOn, Instant decidedAt) {
        return filed(ComplaintKind.COURT_PETITION, filedOn, decidedAt);
    }

    private static Complaint complaint(LocalDate filedOn, Instant answeredAt) {
        return filed(ComplaintKind.COMPLAINT, filedOn, answeredAt);
    }

    private static Complaint filed(ComplaintKind kind, LocalDate filedOn, Instant resolvedAt) {
        Complaint complaint = new Complaint(kind, filedOn, "Beta mener prisen til Alfa er regnet feil.", BUYER,
                oslo(filedOn.getYear(), filedOn.getMonthValue(), filedOn.getDayOfMonth(), 15));
        if (resolvedAt != null) {
            complaint.resolve("Tingretten tok ikke begjæringen til følge.", BUYER, resolvedAt);
        }
        return complaint;
    }

    @Test
    void standstillEndsTenCalendarDaysAfterTheLettersOnAWorkingDay() {
        Standstill standstill = new Standstill(SECOND_OF_MARCH, Standstill.MIN_DAYS, List.of());

        assertThat(standstill.announcedEnd()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(standstill.end()).contains(LocalDate.of(2026, 3, 12));
        assertThat(standstill.mayConclude(osloAt(3, 12, 23, 59))).as("on its last day").isFalse();
        assertThat(standstill.mayConclude(osloAt(3, 13, 0, 0))).as("from midnight after it").isTrue();
    }

    @Test
    void aLastDayOnASaturdayMovesToTheMonday() {
        Standstill standstill = new Standstill(LocalDate.of(2026, 12, 2), Standstill.MIN_DAYS, List.of());

        assertThat(standstill.announcedEnd()).as("Saturday 12 December 2026 becomes Monday 14 December")
                .isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(standstill.mayConclude(TenderFixtures.at(oslo(2026, 12, 14, 23)))).isFalse();
        assertThat(standstill.mayConclude(TenderFixtures.at(oslo(2026, 12, 15, 0)))).isTrue();
    }

    @Test
    void aLastDayOnASundayOrAPublicHolidayMovesToTheNextWorkingDay() {
        assertThat(new Standstill(SECOND_OF_APRIL, 10, List.of()).announcedEnd()).as("Sunday 12 April 2026")
                .isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(new Standstill(LocalDate.of(2026, 5, 7), 10, List.of()).announcedEnd())
                .as("Sunday 17 May 2026 is Constitution Day too; Monday 18 May is a working day")
                .isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(new Standstill(LocalDate.of(2026, 3, 26), 10, List.of()).announcedEnd())
                .as("Sunday 5 April 2026 is Easter Sunday, Monday 6 April Easter Monday")
                .isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(new Standstill(LocalDate.of(2026, 12, 15), 10, List.of()).announcedEnd())
                .as("Friday 25 December, Saturday 26, Sunday 27")
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aLongerStandstillRunsItsOwnNumberOfDaysAcrossTheMonthEnd() {
        Standstill standstill = new Standstill(LocalDate.of(2026, 4, 27), 15, List.of());

        assertThat(standstill.announcedEnd()).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void theDayIsTheNorwegianCalendarDayNotTheUtcDay() {
        Clock justAfterMidnightInOslo = TenderFixtures.at(Instant.parse("2026-03-12T23:30:00Z"));

        Standstill standstill = new Standstill(SECOND_OF_MARCH, 10, List.of());

        assertThat(standstill.mayConclude(justAfterMidnightInOslo))
                .as("00:30 on 13 March in Oslo, while UTC still says 12 March").isTrue();
    }

    @Test
    void aPetitionToTheCourtFiledWithinTheStandstillSuspendsItUntilTheCourtDecides() {
        Standstill standstill = new Standstill(SECOND_OF_MARCH, 10, List.of(petition(LocalDate.of(2026, 3, 12), null)));

        assertThat(standstill.isSuspended()).isTrue();
        assertThat(standstill.end()).isEmpty();
        assertThat(standstill.mayConclude(osloAt(6, 1, 12, 0))).as("long after the announced end").isFalse();
        assertThat(refusal(() -> standstill.requireEnded(osloAt(6, 1, 12, 0))))
                .containsExactly(new Violation(null, "agreements.standstill.suspended"));
    }

    @Test
    void anOrdinaryComplaintIsRecordedButDoesNotHoldTheStandstill() {
        Standstill standstill = new Standstill(SECOND_OF_MARCH, 10, List.of(complaint(LocalDate.of(2026, 3, 5), null)));

        assertThat(standstill.isSuspended()).isFalse();
        assertThat(standstill.end()).contains(LocalDate.of(2026, 3, 12));
        assertThat(standstill.mayConclude(osloAt(3, 13, 0, 0))).isTrue();
    }

    @Test
    void aPetitionFiledAfterTheLastDayDoesNotSuspend() {
        Standstill standstill = new Standstill(SECOND_OF_MARCH, 10, List.of(petition(LocalDate.of(2026, 3, 13), null)));

        assertThat(standstill.isSuspended()).isFalse();
        assertThat(standstill.end()).contains(LocalDate.of(2026, 3, 12));
    }

    @Test
    void aPetitionFiledOnTheMovedLastDayStillSuspends() {
        Standstill standstill = new Standstill(LocalDate.of(2026, 12, 2), 10,
                List.of(petition(LocalDate.of(2026, 12, 14), null)));

        assertThat(standstill.isSuspended()).as("Monday 14 December is the last day, not Saturday 12").isTrue();
    }

    @Test
    void aCourtDecisionWithinTheStandstillLeavesTheAnnouncedEnd() {
        Standstill standstill = new Standstill(SECOND_OF_MARCH, 10,
                List.of(petition(LocalDate.of(2026, 3, 5), oslo(2026, 3, 9, 15))));

        assertThat(standstill.isSuspended()).isFalse();
        assertThat(standstill.end()).contains(LocalDate.of(2026, 3, 12));
    }

    @Test
    void aCourtDecisionAfterTheAnnouncedEndEndsTheStandstillOnTheDayOfTheDecision() {
        Standstill standstill = new Standstill(SECOND_OF_MARCH, 10,
                List.of(petition(LocalDate.of(2026, 3, 10), oslo(2026, 3, 20, 15))));

        assertThat(standstill.end()).contains(LocalDate.of(2026, 3, 20));
        assertThat(standstill.mayConclude(osloAt(3, 20, 23, 0))).as("not on the day of the decision").isFalse();
        assertThat(standstill.mayConclude(osloAt(3, 21, 0, 0))).isTrue();
    }

    @Test
    void withSeveralPetitionsTheLastDecisionCountsAndOneUndecidedHoldsAll() {
        Complaint first = petition(LocalDate.of(2026, 3, 4), oslo(2026, 3, 25, 10));
        Complaint second = petition(LocalDate.of(2026, 3, 6), oslo(2026, 3, 15, 10));
        Complaint undecided = petition(LocalDate.of(2026, 3, 7), null);
        Complaint answeredLate = complaint(LocalDate.of(2026, 3, 8), oslo(2026, 4, 30, 10));

        assertThat(new Standstill(SECOND_OF_MARCH, 10, List.of(first, second, answeredLate)).end())
                .as("an answered complaint does not move the end").contains(LocalDate.of(2026, 3, 25));
        assertThat(new Standstill(SECOND_OF_MARCH, 10, List.of(first, second, undecided)).end()).isEmpty();
    }

    @Test
    void concludingBeforeTheEndIsRefusedNamingTheLastDay() {
        Standstill standstill = new Standstill(SECOND_OF_APRIL, 10, List.of());

        assertThat(refusal(() -> standstill.requireEnded(osloAt(4, 13, 12, 0))))
                .containsExactly(new Violation(null, "agreements.standstill.notEnded", LocalDate.of(2026, 4, 13)));
    }
}
