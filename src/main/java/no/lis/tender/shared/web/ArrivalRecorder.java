package no.lis.tender.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import no.lis.tender.shared.application.RequestArrival;

import java.time.Clock;

/**
 * Records the arrival of every request, pages and API alike, as the web container hands it to
 * the application: before any filter, page phase or resource method, so that neither a queue for
 * the database nor a slow page can make an offer that arrived in time late.
 */
@WebListener
public class ArrivalRecorder implements ServletRequestListener {

    @Inject
    Clock clock;
    @Inject
    RequestArrival arrival;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        arrival.record(clock.instant());
    }
}
