package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.lis.tender.identity.application.AuthenticateToken;
import no.lis.tender.identity.application.Caller;
import no.lis.tender.identity.application.LogIn;
import no.lis.tender.identity.application.LoginResult;
import no.lis.tender.shared.application.Failures;
import no.lis.tender.shared.web.ArrivalRecorder;
import no.lis.tender.shared.web.ErrorBodies;
import no.lis.tender.shared.web.SecurityHeaders;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * One way in for people and two for programs:
 * <ul>
 *   <li>pages: the login page calls {@code SecurityContext.authenticate} with the typed credential;
 *       the login is then kept for the browser (Liberty's SSO cookie, {@code LISSSO}); an anonymous
 *       request for a protected page is sent to the login page;</li>
 *   <li>the API ({@code /api/...}): {@code Authorization: Bearer <token>} with a personal API token
 *       (cheap to check), or HTTP Basic with username and password (a PBKDF2 check, ~60 ms, cached
 *       for a few minutes by {@code RecentLogins}), on each call, never kept in a session or
 *       cookie. Without credentials a protected call gets 401 with a {@code WWW-Authenticate}
 *       challenge, never a redirect; after too many failures 429 with {@code Retry-After}.</li>
 * </ul>
 * Passwords are checked by {@link LogIn}, which throttles and locks; the session is registered by
 * hand for page logins only (no {@code @AutoApplySession}, which would give every API call a cookie).
 * The container's own record of a page login (the SSO cookie) cannot be turned back into a caller
 * without a Liberty user registry, which this application does not have, and Liberty's authentication
 * cache is off (server-config/security.xml: it kept a new subject for every request). So a page login
 * keeps the caller's name and groups in the HTTP session, and each request of that session, a page or
 * a script's API call with the page's CSRF token, restores the caller from there ({@link SessionCaller});
 * on two nodes the session is in the shared database, so the other node does the same.
 */
@ApplicationScoped
public class LisAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Jakarta Authentication: keep this login for the following requests (Liberty: the SSO cookie). */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    private static final String REALM = "realm=\"LIS Tender\"";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int BUSY_RETRY_AFTER_SECONDS = 5;

    @Inject
    LogIn logIn;

    @Inject
    AuthenticateToken tokens;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        ArrivalRecorder.mark(request, clock);
        Credential typed = context.getAuthParameters().getCredential();
        if (typed instanceof UsernamePasswordCredential credential) {
            return loginFromPage(credential, request, context);
        }
        boolean api = ErrorBodies.isApi(request);
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null) {
            try {
                return apiLogin(authorization, request, response, context);
            } catch (RuntimeException failure) {
                // a pool without a free connection while the password or token is checked: the caller
                // is told to come back, not that her credentials were refused (Liberty would answer 403)
                if (Failures.kindOf(failure) != Failures.Kind.BUSY) {
                    throw failure;
                }
                return busy(request, response);
            }
        }
        Principal kept = request.getUserPrincipal();
        if (kept != null) {
            return continueSession(kept, context);
        }
        Optional<SessionCaller> fromSession = SessionCaller.of(request);
        if (fromSession.isPresent()) {
            return context.notifyContainerAboutLogin(fromSession.get().name(), fromSession.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SecurityHeaders.apply(request, response);
        if (api) {
            return challenge(response, context, null);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus loginFromPage(UsernamePasswordCredential credential, HttpServletRequest request,
                                               HttpMessageContext context) {
        LoginResult result = logIn.attempt(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        if (result instanceof LoginResult.Success success) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            SessionCaller.keep(request, success.caller());
            return notify(success.caller(), context);
        }
        if (result instanceof LoginResult.Throttled throttled) {
            request.setAttribute(LogIn.THROTTLED_ATTRIBUTE, throttled);
        }
        if (result instanceof LoginResult.Held held) {
            request.setAttribute(LogIn.HELD_ATTRIBUTE, held);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus apiLogin(String authorization, HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Caller> caller = tokens.authenticate(authorization.substring(7).strip());
            if (caller.isEmpty()) {
                return challenge(response, context, "error=\"invalid_token\"");
            }
            request.setAttribute(AuthenticateToken.BEARER_ATTRIBUTE, Boolean.TRUE);
            return notify(caller.get(), context);
        }
        UsernamePasswordCredential basic = basicCredential(authorization);
        if (basic == null) {
            return challenge(response, context, null);
        }
        LoginResult result = logIn.attempt(basic.getCaller(), basic.getPasswordAsString(), request.getRemoteAddr());
        if (result instanceof LoginResult.Success success) {
            return notify(success.caller(), context);
        }
        if (result instanceof LoginResult.Throttled throttled) {
            return tooManyAttempts(request, response, throttled);
        }
        if (result instanceof LoginResult.Held held) {
            // the password was right: she is told what she waits for, as on the login page
            try {
                ErrorBodies.json(request, response, HttpServletResponse.SC_FORBIDDEN, held.hold().messageKey());
            } catch (IOException e) {
                // the caller has gone
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return challenge(response, context, null);
    }

    private static AuthenticationStatus notify(Caller caller, HttpMessageContext context) {
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }

    /** A page login kept by the SSO cookie: tell the container who it is, as {@code @AutoApplySession} would. */
    private static AuthenticationStatus continueSession(Principal principal, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context, String bearerError) {
        response.addHeader("WWW-Authenticate", "Bearer " + REALM + (bearerError == null ? "" : ", " + bearerError));
        response.addHeader("WWW-Authenticate", "Basic " + REALM + ", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** 503 with Retry-After: the server could not check the credentials in time. */
    private static AuthenticationStatus busy(HttpServletRequest request, HttpServletResponse response) {
        return tryAgainLater(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, BUSY_RETRY_AFTER_SECONDS,
                "server.busy");
    }

    /** 429 with Retry-After, answered at once: a wait that holds no thread. */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        LoginResult.Throttled throttled) {
        return tryAgainLater(request, response, TOO_MANY_REQUESTS, throttled.seconds(), throttled.messageKey(),
                throttled.amount());
    }

    /** Answers {@code status} with {@code Retry-After} and the API's error body, and ends the request there. */
    private static AuthenticationStatus tryAgainLater(HttpServletRequest request, HttpServletResponse response, int status,
                                                      long retryAfterSeconds, String key, Object... arguments) {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        try {
            ErrorBodies.json(request, response, status, key, arguments);
        } catch (IOException e) {
            // the caller has gone; there is nobody left to tell
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
