package no.lis.tender.shared.application;

import jakarta.enterprise.context.RequestScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * When the HTTP request being served arrived: recorded once, as the request enters the
 * application, from the injected clock. Deadlines are judged by it (see {@link Arrival}), so
 * that a supplier whose offer arrived in time is not refused because the server was busy when
 * it came to process it.
 */
@RequestScoped
public class RequestArrival {

    private Instant arrivedAt;

    /** Records {@code instant} as the arrival; only the first call of a request counts. */
    public void record(Instant instant) {
        if (arrivedAt == null) {
            arrivedAt = instant;
        }
    }

    /** The arrival, or empty if none was recorded (a request that did not pass the web entry). */
    public Optional<Instant> arrivedAt() {
        return Optional.ofNullable(arrivedAt);
    }
}
