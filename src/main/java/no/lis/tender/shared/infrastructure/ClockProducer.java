package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * The one source of "now" for the application: deadlines and log entries are judged by this
 * clock, never by {@code Instant.now()}. It is the system clock, except on a server configured with
 * {@code lis.test-clock=true} (the integration-test server only), where it is a {@link TestClock}
 * that tests move past deadlines. Produced in dependent scope (no proxy); views, which may be
 * serialized, ask a use case or query for what depends on the time instead of injecting the clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "lis.test-clock", defaultValue = "false")
    boolean testClockEnabled;

    private final TestClock testClock = new TestClock(Clock.systemUTC());

    @Produces
    Clock clock() {
        return testClockEnabled ? testClock : Clock.systemUTC();
    }

    /** The movable clock, or empty where the server runs on the system clock. */
    Optional<TestClock> testClock() {
        return testClockEnabled ? Optional.of(testClock) : Optional.empty();
    }
}
