package no.lis.tender.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import no.lis.tender.shared.application.RequestArrival;

import java.time.Clock;
import java.time.Instant;

/**
 * Records the arrival of every request, pages and API alike, as the web container hands it to
 * the application: before any filter, page phase or resource method, so that neither a queue for
 * the database nor a slow page can make an offer that arrived in time late. The authentication
 * mechanism may see the request first (a password check queued behind others under load): it
 * {@linkplain #mark marks} the instant on the request, and the earlier mark counts.
 */
@WebListener
public class ArrivalRecorder implements ServletRequestListener {

    @Inject
    Clock clock;
    @Inject
    RequestArrival arrival;

    private static final String MARK = ArrivalRecorder.class.getName() + ".mark";

    /** Marks {@code now} as the request's arrival unless something saw the request earlier. */
    public static void mark(ServletRequest request, Clock clock) {
        if (request.getAttribute(MARK) == null) {
            request.setAttribute(MARK, clock.instant());
        }
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        arrival.record(event.getServletRequest().getAttribute(MARK) instanceof Instant marked ? marked : clock.instant());
    }
}
