package no.lis.tender.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token that lets a script on one of our pages change something through the API with the
 * browser's login (the session cookie): it sends the token in {@value #HEADER}. The token is
 * random, kept in the HTTP session and written only into our own pages (the {@code lis-csrf-token}
 * meta element of the page template, {@link CsrfTokenView}), so another site, which can make the browser send the cookie
 * but cannot read our pages, cannot send it (see {@link CrossSiteRequests}).
 */
public final class CsrfToken {

    /** The request header that carries the token. */
    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** The token of {@code session}, made at the first call. */
    static String of(HttpSession session) {
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String token) {
            return token;
        }
        // two pages of a new session loading at the same instant may each make one; the later one stays,
        // and the other page's script is refused once and must be reloaded: rare, and safe
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** Forgets the session's token: a token seen before a login must not serve after it. */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }

    /** Whether {@code request} carries its session's token (compared in constant time). */
    static boolean carriedBy(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        HttpSession session = request.getSession(false);
        if (sent == null || session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
