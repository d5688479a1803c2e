package no.lis.tender.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under /api. Every resource declares the roles it admits. The error answers are
 * declared once here as components; every resource class refers to 400, 404 and 500 with class-level
 * {@code @APIResponse(responseCode = ..., ref = ...)} (so they are on all its operations), and every
 * change method (POST, PUT, PATCH, DELETE) to 409. Every operation also names its success status
 * ({@code @APIResponse(responseCode = "200")}): once an operation has any {@code @APIResponse}, smallrye
 * generates the success answer from the return type only for a status the method names. Annotations, not an
 * {@code mp.openapi.filter}: with a filter Liberty does not cache the OpenAPI model, and generating it is a
 * large part of the start.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "LIS Tender API", version = "1",
                description = "Tender rounds, catalogue, offers and LIS recommendations of the national "
                        + "hospital-medicine procurement. Every error answer has the ErrorResponse body: "
                        + "400 with a list of field errors (by JSON path), 401, 403, 404, 409 for a change that "
                        + "met another, 500 with an incident id only."),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "The request broke a rule: a field, the JSON body, a value out of range",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ErrorResponse.class))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "Nothing with that id, or nothing the caller may see",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ErrorResponse.class))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "Changed or created at the same time by someone else: reload and try again",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ErrorResponse.class))),
                @APIResponse(name = "TooManyRequests", responseCode = "429",
                        description = "Held back by a throttle (registrations, mailed links): the message says how long to wait",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ErrorResponse.class))),
                @APIResponse(name = "ServerError", responseCode = "500",
                        description = "An unexpected failure, logged under the incident id of the body",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ErrorResponse.class)))}))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
