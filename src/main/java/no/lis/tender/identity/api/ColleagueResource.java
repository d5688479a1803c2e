package no.lis.tender.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.identity.application.ChangeColleagueStatus;
import no.lis.tender.identity.application.ColleagueQueries;
import no.lis.tender.identity.application.ColleagueQueries.Colleague;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.InviteColleague;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.domain.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * For the manager of a supplier's users (the user who registered it), as on {@code /supplier/colleagues.xhtml}:
 * her company's users, an invitation by e-mail, deactivating a colleague who left and letting her in again.
 * Another supplier's user is as unknown as one who does not exist; nobody deactivates herself.
 */
@Path("/colleagues")
@RequestScoped
@RolesAllowed(Role.SUPPLIER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity: a supplier's users")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ColleagueResource {

    @Inject
    ColleagueQueries queries;
    @Inject
    InviteColleague inviteColleague;
    @Inject
    ChangeColleagueStatus changeStatus;
    @Inject
    CurrentUser currentUser;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "The users of the caller's company, herself included: username, name, e-mail, active, invited "
            + "(has not yet followed her invitation), manager, last login, version")
    public List<Colleague> all() {
        return queries.of(currentUser.username());
    }

    @POST
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("invitations")
    @Operation(summary = "Invite a colleague: email. She gets a link (7 days, once) to give her name and choose her "
            + "password; her username is made from the address")
    @APIResponse(responseCode = "201", description = "Invited; the colleague as listed")
    public Response invite(InvitationBody body) {
        UserAccount invited = inviteColleague.invite(currentUser.username(),
                new InviteColleague.Command(body == null ? null : body.email()));
        return Response.status(Response.Status.CREATED).entity(listed(invited.getUsername())).build();
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{username}/status")
    @Operation(summary = "Deactivate a colleague (active false: no login, no API token, her invitation void) or let her "
            + "in again (true): version (as last read), active")
    public Colleague changeStatus(@PathParam("username") String username, StatusBody body) {
        StatusBody b = body == null ? new StatusBody(null, null) : body;
        changeStatus.change(currentUser.username(), username, b.version(), b.active());
        return listed(username);
    }

    private Colleague listed(String username) {
        return all().stream().filter(c -> c.username().equals(username)).findFirst()
                .orElseThrow(() -> new DomainException("username", "user.notFound"));
    }

    /** Whom to invite. */
    public record InvitationBody(String email) {
    }

    /** Whether the colleague may log in, and the version of her the manager saw. */
    public record StatusBody(Long version, Boolean active) {
    }
}
