package no.lis.tender.shared.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Lets the integration tests move the server's clock past a deadline. Answers 404 on every server
 * that is not configured with {@code lis.test-clock=true}, which is every server but the test one.
 */
@Path("/test/clock")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public Map<String, String> now() {
        clocks.testClock().orElseThrow(NotFoundException::new);
        return Map.of("now", clock.instant().toString());
    }

    @PUT
    @Operation(hidden = true)
    public Map<String, String> moveTo(@QueryParam("now") String now) {
        clocks.testClock().orElseThrow(NotFoundException::new).moveTo(Instant.parse(now));
        return now();
    }

    @DELETE
    @Operation(hidden = true)
    public Map<String, String> reset() {
        clocks.testClock().orElseThrow(NotFoundException::new).reset();
        return now();
    }
}
