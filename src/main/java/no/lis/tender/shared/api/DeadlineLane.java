package no.lis.tender.shared.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import no.lis.tender.shared.application.AtArrival;
import no.lis.tender.shared.application.RequestArrival;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * The way API calls that a deadline judges (submitting an offer) leave Liberty's request thread as
 * soon as their arrival is recorded. They run on the container's executor {@code concurrent/submissions}
 * (server-config/server.xml: a few at a time, a bounded queue), each with the arrival of its request
 * ({@link AtArrival}). In a deadline rush the request threads are then free for the next request at
 * once, instead of waiting for the tender's lock and the database while new requests queue before
 * them, unseen: the submissions wait after their arrival is recorded, not before. A full queue is
 * answered 503 with {@code Retry-After}, as a pool without a free connection is.
 */
@ApplicationScoped
public class DeadlineLane {

    @Resource(lookup = "concurrent/submissions")
    ManagedExecutorService executor;
    @Inject
    RequestArrival arrival;
    @Inject
    Clock clock;
    @Inject
    AtArrival atArrival;

    /** Answers {@code response} with what {@code call} returns, or its failure through the exception mappers. */
    public <T> void answer(AsyncResponse response, Supplier<T> call) {
        Instant arrived = arrival.arrivedAt().orElseGet(clock::instant);
        try {
            executor.execute(() -> {
                try {
                    response.resume(atArrival.run(arrived, call));
                } catch (RuntimeException failure) {
                    response.resume(failure);
                }
            });
        } catch (RejectedExecutionException full) {
            response.resume(full);
        }
    }
}
