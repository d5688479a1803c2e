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
import no.lis.tender.shared.domain.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Every failure that no narrower mapper answers. A broken rule found inside another failure is
 * answered as such; a clash with another request at commit (a unique key taken by a double click,
 * an optimistic lock, a deadlock) is 409; a value too large for its column is 400; a body the JSON
 * reader could not bind is 400. Anything else is 500 with an incident id only: the stack trace, the
 * SQL and the class names go to the server's log under that id, never to the caller.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;
    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = ApiLocale.of(headers);
        Failures.Kind kind = Failures.kindOf(failure);
        switch (kind) {
            case BROKEN_RULE:
                return DomainExceptionMapper.response(Failures.brokenRule(failure).orElseThrow(), locale);
            case CONFLICT:
                return ErrorResponses.of(409, locale, "concurrent.commit");
            case VALUE_TOO_LARGE:
                return ErrorResponses.of(400, locale, "request.value.tooLarge");
            default:
                break;
        }
        if (unreadableBody(failure)) {
            return ErrorResponses.of(400, locale, "request.body.unreadable");
        }
        return incident(failure, locale, request, uri);
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
