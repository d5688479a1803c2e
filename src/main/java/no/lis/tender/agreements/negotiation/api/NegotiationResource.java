package no.lis.tender.agreements.negotiation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.agreements.negotiation.application.AgreeNegotiatedPrice;
import no.lis.tender.agreements.negotiation.application.NegotiationQueries;
import no.lis.tender.agreements.negotiation.application.NegotiationRows;
import no.lis.tender.agreements.negotiation.application.OpenNegotiation;
import no.lis.tender.agreements.negotiation.application.OpenNegotiationCommand;
import no.lis.tender.agreements.negotiation.application.ProgressNegotiation;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The phase-1 negotiation workspace: one case per Nye metoder id, the supplier's offers in rounds,
 * the price note with the break-even price, the timeline with its clock, and the outcome. Everything
 * in it is confidential: buyers only, and every answer is logged as a read of prices.
 */
@Path("/negotiations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Negotiations")
@RolesAllowed(Role.BUYER_NAME)
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class NegotiationResource {

    private static final String SUBJECT = "negotiation:{id}";

    @Inject
    NegotiationQueries queries;
    @Inject
    OpenNegotiation openNegotiation;
    @Inject
    ProgressNegotiation progress;
    @Inject
    AgreeNegotiatedPrice agree;
    @Inject
    CurrentUser user;
    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200")
    @PricedRead("negotiations")
    @Operation(summary = "Every phase-1 case, the open ones first: its clock against the 180-day target and whether "
            + "the last offer meets the willingness to pay")
    public List<NegotiationRows.Summary> cases() {
        return queries.cases();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PricedRead("negotiation")
    @Operation(summary = "Open the workspace of a Nye metoder case: its id (ID2025_047), title, the pack by varenummer "
            + "(supplier and maximum price from the catalogue), the day received, and the assessment's figures per "
            + "patient-year (QALYs gained, other incremental costs, packs used, absolute shortfall)")
    public Response open(OpenBody body) {
        OpenBody b = body == null ? new OpenBody(null, null, null, null, null, null, null, null) : body;
        Long id = openNegotiation.open(new OpenNegotiationCommand(b.nyeMetoderId(), b.title(), b.varenummer(),
                b.receivedOn(), b.incrementalQalys(), b.otherIncrementalCosts(), b.packsPerPatientYear(),
                b.absoluteShortfall()), user.username()).getId();
        return Response.status(Response.Status.CREATED).entity(details(id)).build();
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @PricedRead(SUBJECT)
    @Operation(summary = "One case: offers by round, the price note at the last offer with its computation and the "
            + "break-even net price and rebate, the timeline and the clock")
    public NegotiationRows.Details negotiation(@PathParam("id") Long id) {
        return details(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/offers")
    @PricedRead(SUBJECT)
    @Operation(summary = "Record the supplier's next price offer: a rebate in percent off the maximum price or a net "
            + "price per pack, and the day it came; the clock starts again if it waited for it")
    public NegotiationRows.Details offer(@PathParam("id") Long id, OfferBody body) {
        OfferBody b = body == null ? new OfferBody(null, null, null, null) : body;
        progress.recordOffer(id, b.version(), b.rebatePercent(), b.netPrice(), b.receivedOn());
        return details(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/waiting")
    @PricedRead(SUBJECT)
    @Operation(summary = "The buyer asked the supplier on a day: the clock stands still until the next offer")
    public NegotiationRows.Details waitForSupplier(@PathParam("id") Long id, WaitBody body) {
        WaitBody b = body == null ? new WaitBody(null, null) : body;
        progress.waitForSupplier(id, b.version(), b.since());
        return details(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/price-note")
    @PricedRead(SUBJECT)
    @Operation(summary = "The price note at the last offer was sent on a day")
    public NegotiationRows.Details priceNoteSent(@PathParam("id") Long id, PriceNoteBody body) {
        PriceNoteBody b = body == null ? new PriceNoteBody(null, null) : body;
        progress.sendPriceNote(id, b.version(), b.sentOn());
        return details(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/decision-forum")
    @PricedRead(SUBJECT)
    @Operation(summary = "The decision forum meets on a day (which may be ahead), after the price note was sent")
    public NegotiationRows.Details decisionForum(@PathParam("id") Long id, ForumBody body) {
        ForumBody b = body == null ? new ForumBody(null, null) : body;
        progress.scheduleDecisionForum(id, b.version(), b.meetsOn());
        return details(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/agreement")
    @PricedRead(SUBJECT)
    @Operation(summary = "Agree on the last offer's price, which must meet the willingness to pay: the case closes and "
            + "its direct agreement is concluded (validity, legal ground and why it applies, as for a direct agreement)")
    public NegotiationRows.Details agreement(@PathParam("id") Long id, AgreementBody body) {
        AgreementBody b = body == null ? new AgreementBody(null, null, null, null, null, null) : body;
        agree.agree(id, b.version(), b.decidedOn(), b.validFrom(), b.validTo(), b.legalGround(), b.groundReason(),
                user.username());
        return details(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/refusal")
    @PricedRead(SUBJECT)
    @Operation(summary = "End the negotiation without agreement, on a day, for a reason")
    public NegotiationRows.Details refusal(@PathParam("id") Long id, RefusalBody body) {
        RefusalBody b = body == null ? new RefusalBody(null, null, null) : body;
        progress.refuse(id, b.version(), b.reason(), b.decidedOn());
        return details(id);
    }

    private NegotiationRows.Details details(Long id) {
        return queries.details(id, ApiLocale.of(headers));
    }

    public record OpenBody(String nyeMetoderId, String title, String varenummer, LocalDate receivedOn,
                           BigDecimal incrementalQalys, BigDecimal otherIncrementalCosts,
                           BigDecimal packsPerPatientYear, BigDecimal absoluteShortfall) {
    }

    public record OfferBody(Long version, BigDecimal rebatePercent, BigDecimal netPrice, LocalDate receivedOn) {
    }

    public record WaitBody(Long version, LocalDate since) {
    }

    public record PriceNoteBody(Long version, LocalDate sentOn) {
    }

    public record ForumBody(Long version, LocalDate meetsOn) {
    }

    public record AgreementBody(Long version, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo,
                                String legalGround, String groundReason) {
    }

    public record RefusalBody(Long version, String reason, LocalDate decidedOn) {
    }
}
