package no.lis.tender.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;

/**
 * Replaces the application's system clock ({@code ClockProducer}) with the one {@link TestClock} of
 * the server, wherever a {@link Clock} is injected: an alternative enabled by its priority, so that
 * adding this package to the deployment is all it takes.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClockProducer {

    private final TestClock clock = new TestClock(Clock.systemUTC());

    @Produces
    TestClock clock() {
        return clock;
    }
}
