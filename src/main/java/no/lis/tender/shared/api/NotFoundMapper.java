package no.lis.tender.shared.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown ids and paths: 404 with a JSON body that says what was not found. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpHeaders headers;

    /**
     * Names what was not found where a resource said so ({@link NotFound}); the JAX-RS runtime's own
     * 404s (no such path, an id that is no number, such as 99999999999999999999) get the general
     * text, not the runtime's message about its internals.
     */
    @Override
    public Response toResponse(NotFoundException e) {
        if (e instanceof NotFound named) {
            return ErrorResponses.of(404, ApiLocale.of(headers), named.messageKey(), named.arguments());
        }
        return ErrorResponses.of(404, ApiLocale.of(headers), "error.not-found.text");
    }
}
