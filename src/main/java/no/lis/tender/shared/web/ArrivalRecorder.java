package no.lis.tender.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import no.lis.tender.shared.application.RequestArrival;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records the arrival of every request, pages and API alike, as the web container hands it to
 * the application: before any filter, page phase or resource method, so that neither a queue for
 * the database nor a slow page can make an offer that arrived in time late. The authentication
 * mechanism may see the request first (a password check queued behind others under load): it
 * {@linkplain #mark marks} the instant on the request, and the earlier mark counts. Earlier still, a
 * trusted reverse proxy may have stamped when it took the request in ({@link ProxyArrival}, with
 * {@code lis.arrival.proxySecret}): that stamp counts before both.
 */
@WebListener
public class ArrivalRecorder implements ServletRequestListener {

    @Inject
    Clock clock;
    @Inject
    RequestArrival arrival;
    @Inject
    // Optional: MicroProfile Config reads the empty default of server.xml as no value at all, and a plain
    // String (even with defaultValue = "") then failed the application's start on every server without a secret.
    @ConfigProperty(name = "lis.arrival.proxySecret")
    Optional<String> proxySecret;

    private ProxyArrival proxy;

    @PostConstruct
    void configure() {
        proxy = new ProxyArrival(proxySecret.orElse(""));
    }

    private static final String MARK = ArrivalRecorder.class.getName() + ".mark";

    /** Marks {@code now} as the request's arrival unless something saw the request earlier. */
    public static void mark(ServletRequest request, Clock clock) {
        if (request.getAttribute(MARK) == null) {
            request.setAttribute(MARK, clock.instant());
        }
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        ServletRequest request = event.getServletRequest();
        Instant now = request.getAttribute(MARK) instanceof Instant marked ? marked : clock.instant();
        arrival.record(request instanceof HttpServletRequest http
                ? proxy.of(http.getHeader(ProxyArrival.STAMP), http.getHeader(ProxyArrival.SECRET), now).orElse(now)
                : now);
    }
}
