package no.lis.tender.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.shared.domain.SecurityEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Deployed with the application by the integration tests that must see which security events it
 * fires (a {@code PRICE_VIEW} for every read of prices): it keeps every event fired, and answers
 * them to the administrator at {@code /api/test/security-events?actor=...}. It is never part of the
 * application itself, whose own security log observes the same events.
 */
public final class SecurityEventProbe {

    private SecurityEventProbe() {
    }

    /** The classes to add to the deployment. */
    static Class<?>[] classes() {
        return new Class<?>[] {SecurityEventProbe.class, Recorder.class, ProbeResource.class};
    }

    /** Keeps every security event fired, in order. */
    @ApplicationScoped
    public static class Recorder {

        private final List<SecurityEvent> events = new ArrayList<>();

        void record(@Observes SecurityEvent event) {
            synchronized (events) {
                events.add(event);
            }
        }

        List<SecurityEvent> by(String actor) {
            synchronized (events) {
                return events.stream().filter(event -> actor == null || event.actor().equals(actor)).toList();
            }
        }
    }

    /** The events kept, for the administrator. */
    @Path("/test/security-events")
    @RequestScoped
    @RolesAllowed("ADMIN")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProbeResource {

        @Inject
        Recorder recorder;

        @Operation(hidden = true)
        @GET
        public List<SecurityEvent> events(@QueryParam("actor") String actor) {
            return recorder.by(actor);
        }
    }
}
