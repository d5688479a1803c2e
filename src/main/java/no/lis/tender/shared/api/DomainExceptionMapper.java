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

/** A broken domain rule is the caller's to mend: 400 with every field error, or 409 for a concurrent edit. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        Locale locale = ApiLocale.of(headers);
        boolean conflict = e.violations().stream().anyMatch(v -> "concurrent.modification".equals(v.messageKey()));
        Response.Status status = conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        var errors = e.violations().stream()
                .map(v -> new ErrorResponse.FieldError(v.field(), Messages.format(locale, v)))
                .toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(status.getStatusCode(), errors.get(0).message(), errors)).build();
    }
}
