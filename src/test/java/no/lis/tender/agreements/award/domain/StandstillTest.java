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

    private static final LocalDate SECOND_OF_APRIL = LocalDate.of(2026, 4, 2);

    private static Clock osloAt(int month, int day, int hour, int minute) {
        return TenderFixtures.at(oslo(2026, month, day, hour).plusSeconds(minute * 60L));
    }

    private static Complaint complaint(Instant recordedAt, Instant resolvedAt) {
        Complaint complaint = new Complaint("Beta mener prisen til Alfa er regnet feil.", BUYER, recordedAt);
        if (resolvedAt != null) {
            complaint.resolve("Klagen ble trukket.", BUYER, resolvedAt);
        }
        return complaint;
    }

    @Test
    void standstillEndsTenCalendarDaysAfterTheLetters() {
        Standstill standstill = new Standstill(SECOND_OF_APRIL, Standstill.MIN_DAYS, List.of());

        assertThat(standstill.announcedEnd()).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(standstill.end()).contains(LocalDate.of(2026, 4, 12));
        assertThat(standstill.mayConclude(osloAt(4, 12, 23, 59))).as("on its last day").isFalse();
        assertThat(standstill.mayConclude(osloAt(4, 13, 0, 0))).as("from midnight after it").isTrue();
    }

    @Test
    void aLongerStandstillRunsItsOwnNumberOfDaysAcrossTheMonthEnd() {
        Standstill standstill = new Standstill(LocalDate.of(2026, 4, 25), 15, List.of());

        assertThat(standstill.announcedEnd()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void theDayIsTheNorwegianCalendarDayNotTheUtcDay() {
        Clock justAfterMidnightInOslo = TenderFixtures.at(Instant.parse("2026-04-12T22:30:00Z"));

        Standstill standstill = new Standstill(SECOND_OF_APRIL, 10, List.of());

        assertThat(standstill.mayConclude(justAfterMidnightInOslo))
                .as("00:30 on 13 April in Oslo, while UTC still says 12 April").isTrue();
    }

    @Test
    void anOpenComplaintSuspendsTheStandstillSoItHasNoEnd() {
        Standstill standstill = new Standstill(SECOND_OF_APRIL, 10, List.of(complaint(oslo(2026, 4, 5, 9), null)));

        assertThat(standstill.isSuspended()).isTrue();
        assertThat(standstill.end()).isEmpty();
        assertThat(standstill.mayConclude(osloAt(6, 1, 12, 0))).as("long after the announced end").isFalse();
        assertThat(refusal(() -> standstill.requireEnded(osloAt(6, 1, 12, 0))))
                .containsExactly(new Violation(null, "agreements.standstill.suspended"));
    }

    @Test
    void aComplaintResolvedWithinTheStandstillLeavesTheAnnouncedEnd() {
        Standstill standstill = new Standstill(SECOND_OF_APRIL, 10,
                List.of(complaint(oslo(2026, 4, 5, 9), oslo(2026, 4, 8, 15))));

        assertThat(standstill.isSuspended()).isFalse();
        assertThat(standstill.end()).contains(LocalDate.of(2026, 4, 12));
    }

    @Test
    void aComplaintResolvedAfterTheAnnouncedEndEndsTheStandstillOnTheDayOfResolution() {
        Standstill standstill = new Standstill(SECOND_OF_APRIL, 10,
                List.of(complaint(oslo(2026, 4, 10, 9), oslo(2026, 4, 20, 15))));

        assertThat(standstill.end()).contains(LocalDate.of(2026, 4, 20));
        assertThat(standstill.mayConclude(osloAt(4, 20, 23, 0))).as("not on the day of resolution").isFalse();
        assertThat(standstill.mayConclude(osloAt(4, 21, 0, 0))).isTrue();
    }

    @Test
    void withSeveralComplaintsTheLastResolutionCountsAndOneStillOpenHoldsAll() {
        Complaint first = complaint(oslo(2026, 4, 4, 9), oslo(2026, 4, 25, 10));
        Complaint second = complaint(oslo(2026, 4, 6, 9), oslo(2026, 4, 15, 10));
        Complaint open = complaint(oslo(2026, 4, 7, 9), null);

        assertThat(new Standstill(SECOND_OF_APRIL, 10, List.of(first, second)).end())
                .contains(LocalDate.of(2026, 4, 25));
        assertThat(new Standstill(SECOND_OF_APRIL, 10, List.of(first, second, open)).end()).isEmpty();
    }

    @Test
    void concludingBeforeTheEndIsRefusedNamingTheLastDay() {
        Standstill standstill = new Standstill(SECOND_OF_APRIL, 10, List.of());

        assertThat(refusal(() -> standstill.requireEnded(osloAt(4, 12, 12, 0))))
                .containsExactly(new Violation(null, "agreements.standstill.notEnded", "12.04.2026"));
    }
}
