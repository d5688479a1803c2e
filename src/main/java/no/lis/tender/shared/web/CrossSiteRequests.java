package no.lis.tender.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests that change something and that another site may have made the browser send
 * (cross-site request forgery), with 403:
 * <ul>
 *   <li>any POST, PUT, PATCH or DELETE whose {@code Origin} is not this server's own (the host and
 *       port the browser addressed, the {@code Host} header): browsers send {@code Origin} with
 *       every cross-site request that changes something;</li>
 *   <li>a call to the API that changes something and is authenticated only by the browser's
 *       session cookie, without an {@code Authorization} header and without the session's
 *       {@link CsrfToken} in {@value CsrfToken#HEADER}. Programs send a token or Basic credentials,
 *       which a browser never adds to a forged request; a script of our own pages reads the CSRF
 *       token from the page (the pages themselves use Faces forms, whose view state another site
 *       cannot know, and only link to the API for downloads).</li>
 * </ul>
 */
@WebFilter(filterName = "CrossSiteRequests", urlPatterns = "/*")
public class CrossSiteRequests extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request.getHeader("Host"))) {
            refuse(request, response, "request.crossOrigin");
            return;
        }
        if (ErrorBodies.isApi(request) && request.getUserPrincipal() != null && request.getHeader("Authorization") == null
                && !CsrfToken.carriedBy(request)) {
            refuse(request, response, "api.cookieNotAccepted");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        if (ErrorBodies.isApi(request)) {
            ErrorBodies.json(request, response, HttpServletResponse.SC_FORBIDDEN, key);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * Whether {@code origin} (scheme://host[:port], or {@code null} from a sandboxed or privacy-
     * sensitive context) names the host and port of {@code host}, the request's Host header. The
     * scheme is not compared: behind a proxy that ends TLS the server itself sees plain HTTP.
     */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI parsed;
        try {
            parsed = URI.create(origin.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            return false;
        }
        int defaultPort = "https".equalsIgnoreCase(parsed.getScheme()) ? 443 : 80;
        int originPort = parsed.getPort() < 0 ? defaultPort : parsed.getPort();
        URI addressed;
        try {
            addressed = URI.create(parsed.getScheme() + "://" + host.strip());
        } catch (IllegalArgumentException notAHost) {
            return false;
        }
        if (addressed.getHost() == null) {
            return false;
        }
        int hostPort = addressed.getPort() < 0 ? defaultPort : addressed.getPort();
        return parsed.getHost().toLowerCase(Locale.ROOT).equals(addressed.getHost().toLowerCase(Locale.ROOT))
                && originPort == hostPort;
    }
}
