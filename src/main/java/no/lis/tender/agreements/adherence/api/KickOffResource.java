package no.lis.tender.agreements.adherence.api;

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
import no.lis.tender.agreements.adherence.application.KickOffQueries;
import no.lis.tender.agreements.adherence.application.KickOffRows;
import no.lis.tender.agreements.adherence.application.PlanKickOff;
import no.lis.tender.agreements.adherence.application.RecordKickOff;
import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * Kick-off meetings of agreements with hospital trusts (issue 16 item 5): the buyers plan them, by
 * default 14 days before the agreement starts, and record the minutes; one not planned by then is overdue.
 */
@Path("/kick-offs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class KickOffResource {

    @Inject
    KickOffQueries queries;
    @Inject
    PlanKickOff planKickOff;
    @Inject
    RecordKickOff recordKickOff;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "The kick-off meetings planned, the agreements to plan them for, and those overdue: a trust "
            + "that used the agreement's products without a meeting planned 14 days before the start")
    public KickOffRows.Overview overview() {
        return queries.overview();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Plan the kick-off of a framework agreement with a hospital trust: the day (empty: 14 days "
            + "before the start), the participants and the stock changeover plan; one per agreement and trust")
    public Response plan(PlanBody body) {
        PlanBody b = body == null ? new PlanBody(null, null, null, null, null) : body;
        KickOffMeeting meeting = planKickOff.plan(new PlanKickOff.Command(b.agreementId(), b.hospitalTrust(),
                b.meetingDate(), b.participants(), b.changeoverPlan()), user.username());
        return Response.status(Response.Status.CREATED).entity(row(meeting.getId())).build();
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Update a kick-off meeting on the version read: its day, participants and changeover plan, "
            + "and its minutes once held (not before its day)")
    public KickOffRows.Meeting record(@PathParam("id") Long id, RecordBody body) {
        RecordBody b = body == null ? new RecordBody(null, null, null, null, null) : body;
        recordKickOff.record(id, new RecordKickOff.Command(b.version(), b.meetingDate(), b.participants(),
                b.changeoverPlan(), b.minutes()));
        return row(id);
    }

    private KickOffRows.Meeting row(Long id) {
        return queries.meeting(id);
    }

    public record PlanBody(Long agreementId, String hospitalTrust, LocalDate meetingDate, String participants,
                           String changeoverPlan) {
    }

    public record RecordBody(Long version, LocalDate meetingDate, String participants, String changeoverPlan,
                             String minutes) {
    }
}
