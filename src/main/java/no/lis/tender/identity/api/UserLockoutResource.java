package no.lis.tender.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.LiftLockout;
import no.lis.tender.identity.application.Lockouts;
import no.lis.tender.identity.application.Lockouts.Lockout;
import no.lis.tender.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** For administrators: accounts with failed logins in a row, and the lift of a lockout. */
@Path("/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity: lockouts")
public class UserLockoutResource {

    @Inject
    Lockouts lockouts;
    @Inject
    LiftLockout liftLockout;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("lockouts")
    @Operation(summary = "Accounts with failed logins in a row: how many, the last, and until when each is locked")
    public List<Lockout> withFailedLogins() {
        return lockouts.withFailedLogins();
    }

    @DELETE
    @Path("{username}/lockout")
    @Operation(summary = "Lift a user's lockout: the failed logins no longer count and she may log in at once")
    public Response lift(@PathParam("username") String username) {
        liftLockout.lift(username, currentUser.username());
        return Response.noContent().build();
    }
}
