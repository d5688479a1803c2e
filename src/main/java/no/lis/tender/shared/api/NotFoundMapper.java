package no.lis.tender.shared.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.domain.Messages;

import java.util.List;

/** Unknown ids and paths: 404 with a JSON body that says what was not found. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException e) {
        String what = e.getMessage() == null || e.getMessage().startsWith("HTTP 404") ? "" : e.getMessage();
        String message = Messages.format(ApiLocale.of(headers), "not.found", what).trim();
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(404, message, List.of())).build();
    }
}
