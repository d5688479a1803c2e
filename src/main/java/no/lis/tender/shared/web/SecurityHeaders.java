package no.lis.tender.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;

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
 *       images) and the public recommendation API's editions without prices (the list in force, a
 *       version as JSON or PDF), which set their own: prices, offers and ranking appear on many pages
 *       and API answers, and one rule for all of them cannot forget one.</li>
 * </ul>
 * The authentication mechanism applies them too, to the answers it ends itself (401, 429, the
 * redirect to the login page), which never reach a filter.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Pattern PUBLIC_EDITION = Pattern.compile("/api/recommendations(/[0-9]{1,18}(/pdf)?)?");

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
        if (!isStaticResource(request) && !isPublicEdition(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * {@code GET /api/recommendations}, {@code /api/recommendations/{id}} and {@code /api/recommendations/{id}/pdf}:
     * the editions without prices, which carry their own {@code Cache-Control}. Nothing else under the
     * path matches ({@code /priced}, {@code /versions}, {@code /working-copy} …).
     */
    static boolean isPublicEdition(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && PUBLIC_EDITION.matcher(
                request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    /** Style sheets, scripts, fonts and images of the pages: the same for everyone, and worth caching. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
