package no.lis.tender.it.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.Map;

/**
 * Lets the integration tests move the server's clock past a deadline. Exists only in their
 * deployment; on a server running the built WAR the path answers 404 (ProductionStartIT).
 */
@Path("/test/clock")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    TestClock clock;

    @GET
    @Operation(hidden = true)
    public Map<String, String> now() {
        return Map.of("now", clock.instant().toString());
    }

    @PUT
    @Operation(hidden = true)
    public Map<String, String> moveTo(@QueryParam("now") String now) {
        clock.moveTo(Instant.parse(now));
        return now();
    }

    @DELETE
    @Operation(hidden = true)
    public Map<String, String> reset() {
        clock.reset();
        return now();
    }
}
