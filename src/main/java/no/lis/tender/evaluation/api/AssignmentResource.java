package no.lis.tender.evaluation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.evaluation.application.EvaluationQueries;
import no.lis.tender.evaluation.application.ScoringAssignment;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The tenders a specialist group member evaluates. */
@Path("/evaluation/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class AssignmentResource {

    @Inject
    EvaluationQueries queries;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @Operation(summary = "The tenders in evaluation for the caller's specialist groups, with her declaration and progress")
    public List<ScoringAssignment> assignments() {
        return queries.assignments(user.username());
    }
}
