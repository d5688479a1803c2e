package no.lis.tender.identity.infrastructure;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in on the login page, kept in the HTTP session: written with the session to the
 * shared database on two nodes, so that the node that carries on after the other died knows the
 * caller without a new login. Set only by a successful page login; gone with the session (logout,
 * time-out). The identity store's id goes with it: Liberty binds a session to its owner's realm and
 * name, and refuses the session to the same name from another realm.
 */
record SessionCaller(String storeId, String name, String dn, String uniqueId, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SessionCaller.class.getName();

    static void keep(HttpServletRequest request, CredentialValidationResult result) {
        request.getSession(true).setAttribute(ATTRIBUTE, new SessionCaller(result.getIdentityStoreId(),
                result.getCallerPrincipal().getName(), result.getCallerDn(), result.getCallerUniqueId(),
                Set.copyOf(result.getCallerGroups())));
    }

    static Optional<SessionCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(SessionCaller.class::cast);
    }

    CredentialValidationResult result() {
        return new CredentialValidationResult(storeId, new CallerPrincipal(name), dn, uniqueId, groups);
    }
}
