package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One way in for people and one for programs, against the same identity store:
 * <ul>
 *   <li>pages: the login page calls {@code SecurityContext.authenticate} with the typed credential;
 *       an anonymous request for a protected page is sent to the login page;</li>
 *   <li>the API ({@code /api/...}): HTTP Basic on each call; without credentials a protected call
 *       gets 401 with a {@code WWW-Authenticate} challenge, never a redirect.</li>
 * </ul>
 * The login is then kept in the HTTP session. On two nodes the container's own record of it (the LTPA
 * cookie) cannot be turned back into a caller on the other node, which has no Liberty user registry
 * to look the user up in: so a page login also keeps the caller's name and groups in the session,
 * which is in the shared database, and the other node restores the caller from there
 * ({@link SessionCaller}).
 */
@AutoApplySession
@ApplicationScoped
public class LisAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null && isApi(request)) {
            credential = basicCredential(request);
        }
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (!isApi(request)) {
                    SessionCaller.keep(request, result);
                }
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(request, response, context);
        }
        var kept = SessionCaller.of(request);
        if (kept.isPresent() && !isApi(request)) {
            return context.notifyContainerAboutLogin(kept.get().result());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(request, response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"LIS Tender\", charset=\"UTF-8\"");
        }
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static Credential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
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
