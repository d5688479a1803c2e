package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

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
}
