package no.lis.tender.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.identity.application.ApproveSupplier;
import no.lis.tender.identity.application.ChangeUserRoles;
import no.lis.tender.identity.application.ChangeUserStatus;
import no.lis.tender.identity.application.CreateUser;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.LiftLockout;
import no.lis.tender.identity.application.Lockouts;
import no.lis.tender.identity.application.Lockouts.Lockout;
import no.lis.tender.identity.application.NewUserCommand;
import no.lis.tender.identity.application.UserAdministration;
import no.lis.tender.identity.application.UserAdministration.UserRow;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.Thing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * For administrators: the users, with their roles, status and last login; internal users made,
 * given other roles, deactivated and let in again; accounts with failed logins in a row, and the
 * lift of a lockout. Every change is in the security log with who made it and when.
 */
@Path("/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity: users")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class UserAdministrationResource {

    @Inject
    Lockouts lockouts;
    @Inject
    LiftLockout liftLockout;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserAdministration administration;
    @Inject
    CreateUser createUser;
    @Inject
    ChangeUserRoles changeUserRoles;
    @Inject
    ChangeUserStatus changeUserStatus;
    @Inject
    ApproveSupplier approveSupplier;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "Every user: username, name, e-mail, roles, whether active, last login, failed logins and lockout")
    public List<UserRow> all() {
        return administration.all();
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{username}")
    @Operation(summary = "One user, as in the list")
    public UserRow one(@PathParam("username") String username) {
        return administration.find(username).orElseThrow(() -> NotFound.thing(Thing.USER, username));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Operation(summary = "Make an internal user: username, fullName, email, roles (BUYER, SPECIALIST, PRICE_VIEWER, ADMIN), "
            + "password (her first, at least 12 characters and not a published one)")
    public Response create(NewUserBody body, @Context UriInfo uri) {
        NewUserBody b = body == null ? new NewUserBody(null, null, null, null, null) : body;
        UserAccount made = createUser.create(new NewUserCommand(b.username(), b.fullName(), b.email(), b.roles(), b.password()),
                currentUser.username());
        return Created.below(uri, made.getUsername(), one(made.getUsername()));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{username}/roles")
    @Operation(summary = "Give the user these roles instead of hers: version (as last read), roles; "
            + "an administrator cannot take her own administrator role")
    public UserRow changeRoles(@PathParam("username") String username, RolesBody body) {
        one(username);
        RolesBody b = body == null ? new RolesBody(null, null) : body;
        changeUserRoles.change(username, b.version(), b.roles(), currentUser.username());
        return one(username);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{username}/status")
    @Operation(summary = "Deactivate the user (active false: no login, no API token) or let her in again (true): "
            + "version (as last read), active; an administrator cannot deactivate herself")
    public UserRow changeStatus(@PathParam("username") String username, StatusBody body) {
        one(username);
        StatusBody b = body == null ? new StatusBody(null, null) : body;
        changeUserStatus.change(username, b.version(), b.active(), currentUser.username());
        return one(username);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{username}/approval")
    @Operation(summary = "Approve the company that this user registered (awaitingApproval true): version (as last read); "
            + "from then on she, and the colleagues she invites, may log in and act for it")
    public UserRow approve(@PathParam("username") String username, ApprovalBody body) {
        one(username);
        ApprovalBody b = body == null ? new ApprovalBody(null) : body;
        approveSupplier.approve(username, b.version(), currentUser.username());
        return one(username);
    }

    /** The version of the user who registered the company, as the administrator saw her. */
    public record ApprovalBody(Long version) {
    }

    /** A new internal user. */
    public record NewUserBody(String username, String fullName, String email, List<String> roles, String password) {
    }

    /** The roles a user is to have, and the version of her the administrator saw. */
    public record RolesBody(Long version, List<String> roles) {
    }

    /** Whether the user may log in, and the version of her the administrator saw. */
    public record StatusBody(Long version, Boolean active) {
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("lockouts")
    @Operation(summary = "Accounts with failed logins in a row: how many, the last, and until when each is locked")
    public List<Lockout> withFailedLogins() {
        return lockouts.withFailedLogins();
    }

    @DELETE
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{username}/lockout")
    @Operation(summary = "Lift a user's lockout: the failed logins no longer count and she may log in at once")
    public Response lift(@PathParam("username") String username) {
        liftLockout.lift(username, currentUser.username());
        return Response.noContent().build();
    }
}
