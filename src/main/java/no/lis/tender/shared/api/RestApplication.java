package no.lis.tender.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under /api. Every resource declares the roles it admits. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "LIS Tender API", version = "1",
                description = "Tender rounds, catalogue, offers and LIS recommendations of the national "
                        + "hospital-medicine procurement. Errors: 400 with a list of field errors, 401, 403, 404, 409."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
