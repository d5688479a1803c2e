package no.lis.tender.identity.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import no.lis.tender.identity.application.Caller;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in on the login page, kept in the HTTP session: written with the session to the
 * shared database on two nodes, so that the node that carries on after the other died knows the
 * caller without a new login. Set only by a successful page login; gone with the session (logout,
 * time-out). The caller is restored exactly as the login told the container (name and groups), so
 * that Liberty, which binds a session to its owner's realm and name, accepts the session again.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }

    static void keep(HttpServletRequest request, Caller caller) {
        request.getSession(true).setAttribute(ATTRIBUTE, new SessionCaller(caller.username(), caller.groups()));
    }

    static Optional<SessionCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(SessionCaller.class::cast);
    }
}
