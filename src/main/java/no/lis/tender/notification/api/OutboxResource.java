package no.lis.tender.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.notification.application.OutboxQueries;
import no.lis.tender.notification.application.OutboxQueries.OutboxRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** For administrators: the newest mails of the outbox, sent or waiting (no mail holds a price). */
@Path("/outbox")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification: outbox")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class OutboxResource {

    @Inject
    OutboxQueries queries;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "The newest 200 mails, newest first: kind, recipient, subject, text, status (PENDING, SENDING, "
            + "SENT), attempts, when made, next attempt, when sent, the last error")
    public List<OutboxRow> newest() {
        return queries.newest();
    }
}
