package no.lis.tender.shared.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.domain.Messages;

import java.util.List;

/**
 * A change that collided with another at commit (after the use case's own version check): 409,
 * as for any edit of an outdated version.
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(OptimisticLockException e) {
        String message = Messages.format(ApiLocale.of(headers), "concurrent.modification.generic");
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(409, message, List.of())).build();
    }
}
