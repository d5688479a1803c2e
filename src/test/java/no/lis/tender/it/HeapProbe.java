package no.lis.tender.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.lang.management.ManagementFactory;

/**
 * Test only: the server's heap in use after full collections, so that {@link KeptLoginMemoryIT} can
 * show what a run of requests leaves behind. Never in the application's war.
 */
@Path("/test/heap")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class HeapProbe {

    @Operation(hidden = true)
    @GET
    public JsonObject usedAfterCollection() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return Json.createObjectBuilder().add("usedBytes", least).build();
    }
}
