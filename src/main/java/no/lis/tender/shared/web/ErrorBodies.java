package no.lis.tender.shared.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.lis.tender.shared.domain.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Error answers written before JAX-RS or Faces are reached (by the authentication mechanism and the
 * servlet filters): for the API the same JSON as {@code ErrorResponse} ({@code status},
 * {@code message}, {@code errors}), in the caller's language.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** Whether the request is for the JSON API. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** English if the caller prefers it, bokmål otherwise, as the API's other messages. */
    public static Locale locale(HttpServletRequest request) {
        return Messages.preferred(Collections.list(request.getLocales()));
    }

    /** Answers {@code status} with the message {@code key} as JSON, and commits the response. */
    public static void json(HttpServletRequest request, HttpServletResponse response, int status, String key,
                            Object... arguments) throws IOException {
        String message = Messages.format(locale(request), key, arguments);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("message", message)
                .add("errors", Json.createArrayBuilder()).build().toString());
        response.flushBuffer();
    }
}
