package no.lis.tender.tendering.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.CriterionTemplate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The reusable criteria library: sub-criteria for quality, environment and supply security. */
@Path("/criteria-library")
@RequestScoped
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME, Role.SPECIALIST_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria library")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class CriteriaLibraryResource {

    @Inject
    TenderQueries queries;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "The criteria library; only active templates unless all=true")
    public List<TemplateJson> list(@QueryParam("all") boolean all) {
        List<CriterionTemplate> templates = all ? queries.criteriaLibrary() : queries.activeCriterionTemplates();
        return templates.stream().map(TemplateJson::of).toList();
    }

    public record TemplateJson(Long id, String code, String type, String title, String description, int scaleMin,
                               int scaleMax, boolean active, long version) {

        static TemplateJson of(CriterionTemplate t) {
            return new TemplateJson(t.getId(), t.getCode(), t.getType().name(), t.getTitle(), t.getDescription(),
                    t.getDefaultScale().getMin(), t.getDefaultScale().getMax(), t.isActive(), t.getVersion());
        }
    }
}
