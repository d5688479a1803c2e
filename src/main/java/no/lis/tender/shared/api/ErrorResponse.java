package no.lis.tender.shared.api;

import java.util.List;

/** The body of every error answer of the API. */
public record ErrorResponse(int status, String message, List<FieldError> errors) {

    /** One broken rule; {@code field} is the JSON path of the input, or null for the request as a whole. */
    public record FieldError(String field, String message) {
    }
}
