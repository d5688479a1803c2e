package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Produces;
import no.lis.tender.shared.application.Arrival;
import no.lis.tender.shared.application.ArrivalClock;
import no.lis.tender.shared.application.RequestArrival;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one source of "now" for the application: deadlines and log entries are judged by this
 * clock, never by {@code Instant.now()}. Always the system clock: the clock that integration tests
 * move past deadlines is added by their deployment only (an alternative producer in the test
 * sources), so the WAR that is shipped has no way to move time. Produced in dependent scope (no
 * proxy); views, which may be serialized, ask a use case or query for what depends on the time
 * instead of injecting the clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The same clock, standing at the arrival of the request being served where there is one. */
    @Produces
    @Arrival
    Clock arrivalClock(Clock clock, RequestArrival arrival) {
        return new ArrivalClock(clock, () -> arrivalOf(arrival));
    }

    /** Outside a request (a batch run, a startup task) there is no arrival: the clock reads now. */
    private static Optional<Instant> arrivalOf(RequestArrival arrival) {
        try {
            return arrival.arrivedAt();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }
}
