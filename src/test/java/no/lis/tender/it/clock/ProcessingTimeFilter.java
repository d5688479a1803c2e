package no.lis.tender.it.clock;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/**
 * Lets a test say when the server processes a request: with header {@value #HEADER} (an ISO
 * instant) the clock reads that instant on the request's thread for the rest of the request, as if
 * the request had waited until then behind others. Its arrival was recorded before, when the web
 * container handed it to the application, from the clock as it stood (a request listener runs
 * before any filter). Only in the integration tests' deployment.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ProcessingTimeFilter extends HttpFilter {

    public static final String HEADER = "X-Test-Processed-At";

    @Inject
    TestClock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String processedAt = request.getHeader(HEADER);
        if (processedAt == null) {
            chain.doFilter(request, response);
            return;
        }
        clock.pin(Instant.parse(processedAt));
        try {
            chain.doFilter(request, response);
        } finally {
            clock.unpin();
        }
    }
}
