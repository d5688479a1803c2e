package no.lis.tender.agreements.negotiation.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseClockTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 1);

    private static ClockStop stop(LocalDate from, LocalDate to) {
        ClockStop stop = new ClockStop(from);
        if (to != null) {
            stop.resume(to);
        }
        return stop;
    }

    @Test
    void theClockRunsFromTheDayTheCaseWasReceived() {
        CaseClock clock = CaseClock.of(RECEIVED, List.of(), null, RECEIVED.plusDays(30));

        assertThat(clock.daysUsed()).isEqualTo(30);
        assertThat(clock.daysLeft()).isEqualTo(150);
        assertThat(clock.running()).isTrue();
        assertThat(clock.isOverTarget()).isFalse();
    }

    @Test
    void daysWaitingForTheSupplierDoNotCount() {
        CaseClock clock = CaseClock.of(RECEIVED, List.of(stop(RECEIVED.plusDays(10), RECEIVED.plusDays(40)),
                stop(RECEIVED.plusDays(50), RECEIVED.plusDays(55))), null, RECEIVED.plusDays(100));

        assertThat(clock.daysStopped()).isEqualTo(35);
        assertThat(clock.daysUsed()).isEqualTo(65);
        assertThat(clock.running()).isTrue();
    }

    @Test
    void theClockStandsStillWhileTheSupplierHasNotAnswered() {
        List<ClockStop> waiting = List.of(stop(RECEIVED.plusDays(20), null));

        CaseClock early = CaseClock.of(RECEIVED, waiting, null, RECEIVED.plusDays(25));
        CaseClock later = CaseClock.of(RECEIVED, waiting, null, RECEIVED.plusDays(90));

        assertThat(early.running()).isFalse();
        assertThat(early.daysUsed()).isEqualTo(20);
        assertThat(later.daysUsed()).as("still 20 days, however long the supplier takes").isEqualTo(20);
    }

    @Test
    void theClockStopsAtTheDecisionAndShowsWhenTheTargetWasPassed() {
        CaseClock clock = CaseClock.of(RECEIVED, List.of(), RECEIVED.plusDays(200), RECEIVED.plusDays(400));

        assertThat(clock.daysUsed()).isEqualTo(200);
        assertThat(clock.running()).isFalse();
        assertThat(clock.isOverTarget()).isTrue();
        assertThat(clock.daysLeft()).isEqualTo(-20);
    }
}
