package no.lis.tender.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.domain.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JAX-RS runtime's own refusals (405 method not allowed, 406, 415 wrong content type, 403 for a
 * role the method does not admit, ...) in the API's one error shape, with a message in the caller's
 * language instead of an empty body; the runtime's headers (Allow, WWW-Authenticate) are kept.
 * A 5xx is an unexpected failure like any other.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** The statuses with a message of their own in the bundle ({@code http.405}); others get {@code http.error}. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 405, 406, 413, 415);

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;
    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Locale locale = ApiLocale.of(headers);
        if (status >= 500) {
            return UnexpectedExceptionMapper.incident(e, locale, request, uri);
        }
        if (status < 400) {
            return original;
        }
        String message = EXPLAINED.contains(status) ? Messages.format(locale, "http." + status)
                : Messages.format(locale, "http.error", status);
        return Response.fromResponse(original).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(status, message, List.of())).build();
    }
}
