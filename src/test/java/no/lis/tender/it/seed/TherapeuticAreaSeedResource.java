package no.lis.tender.it.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Locale;

/**
 * Makes a therapeutic area {@code code} named {@code name} and answers its id, for tests that need
 * an area of their own (its recommendation versions meet no other test's); the application has no
 * API for making areas. Asking again returns the same area. Only in the deployment of the tests
 * that add this package.
 */
@Path("/test/therapeutic-areas")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class TherapeuticAreaSeedResource {

    @Inject
    TherapeuticAreaRepository areas;

    @POST
    @Transactional
    @Operation(hidden = true)
    public JsonObject seed(@QueryParam("code") String code, @QueryParam("name") String name) {
        TherapeuticArea area = areas.findByCode(code.toUpperCase(Locale.ROOT))
                .orElseGet(() -> areas.save(new TherapeuticArea(code, name)));
        return Json.createObjectBuilder().add("id", area.getId()).build();
    }
}
