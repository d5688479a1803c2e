package no.lis.tender.agreements.adherence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.agreements.adherence.application.FollowUpOverview;
import no.lis.tender.agreements.adherence.application.FollowUpQueries;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The buyers' follow-up overview. */
@Path("/follow-up")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class FollowUpResource {

    @Inject
    FollowUpQueries queries;

    @GET
    @APIResponse(responseCode = "200")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("follow-up")
    @Operation(summary = "What buyers must act on: agreements ending within 6/12 months, option decisions within 3 "
            + "months or overdue, areas without a valid recommendation, recommendations ending, patents running out "
            + "within 12/24 months with the market phase now and to come, and the savings of the last 12 months")
    public FollowUpOverview overview() {
        return queries.overview();
    }
}
