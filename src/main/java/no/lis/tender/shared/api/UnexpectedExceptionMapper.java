package no.lis.tender.shared.api;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.application.Failures;
import no.lis.tender.shared.application.Incidents;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every failure that no narrower mapper answers. A broken rule found inside another failure is
 * answered as such; a clash with another request at commit (a unique key taken by a double click,
 * an optimistic lock, a deadlock) is 409; a value too large for its column is 400; a body the JSON
 * reader could not bind is 400; a server too busy to get a database connection in time is 503 with
 * {@code Retry-After}. Anything else is 500 with an incident id only: the stack trace, the
 * SQL and the class names go to the server's log under that id, never to the caller.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** How long a caller refused as busy should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;
    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = ApiLocale.of(headers);
        Optional<DomainException> rule = Failures.brokenRule(failure);
        if (rule.isPresent()) {
            return DomainExceptionMapper.response(rule.get(), locale);
        }
        return refusal(failure).map(refusal -> busy(refusal, ErrorResponses.of(refusal.status(), locale, refusal.messageKey())))
                .orElseGet(() -> incident(failure, locale, request, uri));
    }

    /** The status and message of an answer that is no error of the application. */
    record Refusal(int status, String messageKey) {
    }

    /** How {@code failure} is refused if it is a clash, a value too large or an unreadable body; else empty. */
    static Optional<Refusal> refusal(Throwable failure) {
        switch (Failures.kindOf(failure)) {
            case CONFLICT:
                return Optional.of(new Refusal(409, "concurrent.commit"));
            case VALUE_TOO_LARGE:
                return Optional.of(new Refusal(400, "request.value.tooLarge"));
            case BUSY:
                return Optional.of(new Refusal(503, "server.busy"));
            default:
                return unreadableBody(failure) ? Optional.of(new Refusal(400, "request.body.unreadable")) : Optional.empty();
        }
    }

    /** A busy server says when to try again (503 with {@code Retry-After}). */
    private static Response busy(Refusal refusal, Response response) {
        return refusal.status() == 503
                ? Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build() : response;
    }

    /** 500 with nothing but the id under which {@code failure} is logged, with the method and path. */
    static Response incident(Throwable failure, Locale locale, Request request, UriInfo uri) {
        String where = (request == null ? "" : request.getMethod() + " ") + (uri == null ? "" : uri.getRequestUri().getPath());
        String incident = Incidents.report(failure, where);
        return ErrorResponses.of(500, new ErrorResponse(500, Messages.format(locale, "error.unexpected.text", incident),
                List.of(), incident));
    }

    /**
     * The entity readers' own refusals, should a body pass the checks of {@link JsonBodies}: the
     * JAX-RS runtime wraps them in its ReaderException (known by name: it is no API class).
     */
    private static boolean unreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException || cause.getClass().getSimpleName().equals("ReaderException")) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }
}
