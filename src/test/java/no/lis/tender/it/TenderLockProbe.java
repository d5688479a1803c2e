package no.lis.tender.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.tendering.domain.TenderRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test only: holds a tender's lock ({@link TenderRepository#findLocked}, the lock a submission takes)
 * for a while, in a transaction of its own, as a slow submission would; and says whether it still
 * holds it. {@link DeadlineRushIT} shows with it that the next submission and the opening wait for a
 * submission in progress.
 */
@Path("/test/tender-lock")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class TenderLockProbe {

    private static final Set<Long> HELD = ConcurrentHashMap.newKeySet();

    @Inject
    TenderRepository tenders;

    @Operation(hidden = true)
    @POST
    @Path("{id}/locked")
    @Transactional
    public JsonObject hold(@PathParam("id") long id, @QueryParam("millis") long millis) throws InterruptedException {
        tenders.findLocked(id).orElseThrow();
        HELD.add(id);
        try {
            Thread.sleep(millis);
        } finally {
            HELD.remove(id);
        }
        return Json.createObjectBuilder().add("heldMillis", millis).build();
    }

    @Operation(hidden = true)
    @GET
    @Path("{id}")
    public JsonObject held(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("held", HELD.contains(id)).build();
    }
}
