package no.lis.tender.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs work that a request handed to another thread as that request would have run it: in a request
 * context of its own (none is active on the container's executor threads) in which the request's
 * arrival is recorded first. Every clock injected as {@link Arrival} then stands at that arrival, so a
 * deadline is judged by when the request came, not by when a thread got to it.
 */
@ApplicationScoped
public class AtArrival {

    private final RequestArrival arrival;

    @Inject
    public AtArrival(RequestArrival arrival) {
        this.arrival = arrival;
    }

    /** For the CDI proxy. */
    protected AtArrival() {
        this(null);
    }

    /** Runs {@code work} with {@code arrived} as the arrival of the request it serves. */
    @ActivateRequestContext
    public <T> T run(Instant arrived, Supplier<T> work) {
        arrival.record(arrived);
        return work.get();
    }
}
