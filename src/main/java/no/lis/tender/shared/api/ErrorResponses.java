package no.lis.tender.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.shared.domain.Messages;

import java.util.List;
import java.util.Locale;

/** The error answers that are the same everywhere: one status, one message from the bundle, no field. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(int status, Locale locale, String key, Object... arguments) {
        return of(status, new ErrorResponse(status, Messages.format(locale, key, arguments), List.of()));
    }

    static Response of(int status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
