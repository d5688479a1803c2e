package no.lis.tender.shared.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A clock that stands at the arrival of the request being served, if there is one, and otherwise
 * reads {@code clock}. It asks for the arrival on every reading, so that one instance serves every
 * request.
 */
public final class ArrivalClock extends Clock {

    private final Clock clock;
    private final Supplier<Optional<Instant>> arrival;

    public ArrivalClock(Clock clock, Supplier<Optional<Instant>> arrival) {
        this.clock = clock;
        this.arrival = arrival;
    }

    @Override
    public Instant instant() {
        return arrival.get().orElseGet(clock::instant);
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ArrivalClock(clock.withZone(zone), arrival);
    }
}
