package no.lis.tender.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A request and a response for filter tests, without a server: only what the filters ask. */
final class FakeHttp {

    final Map<String, String> requestHeaders = new LinkedHashMap<>();
    final Map<String, String> responseHeaders = new LinkedHashMap<>();
    final StringWriter body = new StringWriter();
    String method = "GET";
    String path = "/";
    boolean secure;
    Principal user;
    /** The HTTP session's attributes; {@code null}: the request has no session. */
    Map<String, Object> session;
    int status = 200;
    boolean passedOn;

    FakeHttp(String method, String path) {
        this.method = method;
        this.path = path;
    }

    FakeHttp header(String name, String value) {
        requestHeaders.put(name, value);
        return this;
    }

    FakeHttp withSession() {
        session = new LinkedHashMap<>();
        return this;
    }

    FakeHttp loggedInAs(String username) {
        user = () -> username;
        return this;
    }

    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    case "getUserPrincipal" -> user;
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getLocales" -> Collections.enumeration(java.util.List.of(Locale.ENGLISH));
                    case "getSession" -> session == null && args != null && !(Boolean) args[0] ? null : httpSession();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private HttpSession httpSession() {
        if (session == null) {
            session = new LinkedHashMap<>();
        }
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpSession.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getAttribute" -> session.get((String) args[0]);
                    case "setAttribute" -> session.put((String) args[0], args[1]);
                    case "removeAttribute" -> session.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "setHeader" -> responseHeaders.put((String) args[0], (String) args[1]);
                    case "setStatus", "sendError" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "getWriter" -> writer;
                    case "flushBuffer" -> {
                        writer.flush();
                        yield null;
                    }
                    case "setContentType", "setCharacterEncoding" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    FilterChain chain() {
        return (request, response) -> passedOn = true;
    }
}
