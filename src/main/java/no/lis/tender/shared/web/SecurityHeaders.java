package no.lis.tender.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The security headers of every response, pages, API and error pages alike:
 * <ul>
 *   <li>{@code Content-Security-Policy: frame-ancestors 'none'} (and {@code X-Frame-Options: DENY}
 *       for old browsers): no other site may frame a page, so no click-jacking; {@code base-uri} and
 *       {@code form-action 'self'} keep injected markup from redirecting links and forms. No
 *       {@code script-src}: PrimeFaces writes inline scripts, and a policy that breaks pages is worse
 *       than none;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}: a download is what its type says;</li>
 *   <li>{@code Referrer-Policy: same-origin}: no address of ours (with its ids) goes to another site;</li>
 *   <li>{@code Strict-Transport-Security} (one year) on responses over HTTPS only;</li>
 *   <li>{@code Cache-Control: no-store} on everything but static resources (style sheets, scripts,
 *       images): prices, offers and ranking appear on many pages and API answers, and one rule
 *       for all of them cannot forget one. The public recommendations lose browser caching, which
 *       costs little.</li>
 * </ul>
 * The authentication mechanism applies them too, to the answers it ends itself (401, 429, the
 * redirect to the login page), which never reach a filter.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on {@code response}; call before anything is written. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Style sheets, scripts, fonts and images of the pages: the same for everyone, and worth caching. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
