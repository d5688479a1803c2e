package no.lis.tender.shared.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of every error answer of the API: the status again, one message in the caller's
 * language (Accept-Language: nb or en), the broken rules by field, and for an unexpected failure
 * (500) only the incident id under which the server logged it.
 */
@Schema(name = "ErrorResponse", description = "The body of every error answer (4xx and 500)")
public record ErrorResponse(
        @Schema(description = "The HTTP status", examples = "400") int status,
        @Schema(description = "What went wrong, in the caller's language (Accept-Language nb or en)") String message,
        @Schema(description = "Every broken rule, by the field it concerns") List<FieldError> errors,
        @Schema(description = "Only for 500: the id under which the failure was logged; quote it to support",
                examples = "3F9A-07C2", nullable = true) String incident) {

    public ErrorResponse(int status, String message, List<FieldError> errors) {
        this(status, message, errors, null);
    }

    /** One broken rule; {@code field} is the JSON path of the input, or null for the request as a whole. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The JSON path of the input, e.g. criteria[1].weight; null for the request as a whole",
                    nullable = true) String field,
            @Schema(description = "The rule broken, in the caller's language") String message) {
    }
}
