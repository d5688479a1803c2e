package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of "now" for the application. Deadlines are judged by this clock; the
 * integration-test server swaps it for a {@link SettableClock} so that deadlines can be crossed.
 */
@ApplicationScoped
public class ClockProducer {

    private final SettableClock clock = new SettableClock(Clock.systemUTC());

    /** Dependent scope, so no proxy: every injection point gets the one clock instance. */
    @Produces
    Clock clock() {
        return clock;
    }

    /** The clock itself, for the test-only endpoint that moves it (enabled only where lis.testing is true). */
    SettableClock settable() {
        return clock;
    }
}
