package no.lis.tender.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.catalogue.api.CatalogueJson.AreaJson;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.Thing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The therapeutic areas, each the scope of a specialist group and of a LIS recommendation. */
@Path("/therapeutic-areas")
@RequestScoped
@RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN, CatalogueRoles.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue: therapeutic areas")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class TherapeuticAreaResource {

    @Inject
    CatalogueQueries queries;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "All therapeutic areas by name, with their codes (e.g. REUMA)")
    public List<AreaJson> list() {
        return queries.therapeuticAreas().stream().map(AreaJson::of).toList();
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @Operation(summary = "One therapeutic area")
    public AreaJson get(@PathParam("id") long id) {
        return queries.therapeuticArea(id).map(AreaJson::of)
                .orElseThrow(() -> NotFound.thing(Thing.THERAPEUTIC_AREA, id));
    }
}
