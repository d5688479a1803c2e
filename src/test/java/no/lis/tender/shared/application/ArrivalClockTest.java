package no.lis.tender.shared.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalClockTest {

    private static final Instant NOW = Instant.parse("2026-03-01T11:00:05Z");
    private static final Instant ARRIVED = Instant.parse("2026-03-01T10:59:59.999Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void inARequestTheClockStandsAtItsArrival() {
        RequestArrival arrival = new RequestArrival();
        arrival.record(ARRIVED);

        assertThat(new ArrivalClock(clock, arrival::arrivedAt).instant()).isEqualTo(ARRIVED);
    }

    @Test
    void outsideARequestTheClockReadsNow() {
        assertThat(new ArrivalClock(clock, Optional::empty).instant()).isEqualTo(NOW);
    }

    @Test
    void onlyTheFirstArrivalOfARequestCounts() {
        RequestArrival arrival = new RequestArrival();
        arrival.record(ARRIVED);
        arrival.record(NOW);

        assertThat(arrival.arrivedAt()).contains(ARRIVED);
    }
}
