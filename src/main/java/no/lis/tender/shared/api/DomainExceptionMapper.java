package no.lis.tender.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;

import java.util.Locale;

/**
 * A broken domain rule is the caller's to mend: 400 with every field error. Some rules say more
 * than "invalid", by the end of their key: {@code not.found}, {@code ….notFound} and
 * {@code ….notYours} are 404 (another supplier's offer is as absent as an unknown one),
 * {@code ….sealed} and {@code ….…Only} (e.g. {@code offers.buyersOnly}) are 403, as are the rules
 * that keep a specialist out of an evaluation (not a member, no declaration, a declared conflict); a concurrent
 * edit is 409; an upload over its size limit ({@code ….tooLarge}) is 413; a request held back by a throttle
 * ({@code ….tooManyRequests}) is 429.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return response(e, ApiLocale.of(headers));
    }

    /** The answer to a broken rule, also where one is found inside another failure. */
    static Response response(DomainException e, Locale locale) {
        Response.Status status = statusOf(e.violations().get(0).messageKey());
        var errors = e.violations().stream()
                .map(v -> new ErrorResponse.FieldError(v.field(), Messages.format(locale, v)))
                .toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(status.getStatusCode(), errors.get(0).message(), errors)).build();
    }

    static Response.Status statusOf(String key) {
        if (key.equals("not.found") || key.endsWith(".notFound") || key.endsWith(".notYours")) {
            return Response.Status.NOT_FOUND;
        }
        if (key.endsWith(".sealed") || key.endsWith("Only") || key.endsWith(".notMember")
                || key.endsWith(".impartialityRequired") || key.endsWith(".conflictDeclared")) {
            return Response.Status.FORBIDDEN;
        }
        if (key.startsWith("concurrent.modification")) {
            return Response.Status.CONFLICT;
        }
        if (key.endsWith(".tooManyRequests")) {
            return Response.Status.TOO_MANY_REQUESTS;
        }
        if (key.endsWith(".tooLarge")) {
            return Response.Status.REQUEST_ENTITY_TOO_LARGE;
        }
        return Response.Status.BAD_REQUEST;
    }
}
