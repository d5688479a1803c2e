package no.lis.tender.agreements.recommendations.api;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.api.SheetDownloads;
import no.lis.tender.shared.domain.Spreadsheets;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import no.lis.tender.agreements.recommendations.application.ApproveRecommendation;
import no.lis.tender.agreements.recommendations.application.ConfirmRecommendationProposal;
import no.lis.tender.agreements.recommendations.application.BuyerRecommendation;
import no.lis.tender.agreements.recommendations.application.DraftForApproval;
import no.lis.tender.agreements.recommendations.application.DraftRecommendation;
import no.lis.tender.agreements.recommendations.application.DraftRecommendationCommand;
import no.lis.tender.agreements.recommendations.application.EditRecommendationLines;
import no.lis.tender.agreements.recommendations.application.NextRecommendationVersionCommand;
import no.lis.tender.agreements.recommendations.application.PriceReader;
import no.lis.tender.agreements.recommendations.application.PublicEditions;
import no.lis.tender.agreements.recommendations.application.ProposedLine;
import no.lis.tender.agreements.recommendations.application.PublishRecommendation;
import no.lis.tender.agreements.recommendations.application.RecommendationLineCommand;
import no.lis.tender.agreements.recommendations.application.RecommendationPdf;
import no.lis.tender.agreements.recommendations.application.RecommendationProposals;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PriceViewer;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * LIS recommendations. The public edition (no prices, no login: web.xml opens GET on this path) is
 * at {@code /recommendations}, {@code /{id}}, {@code /{id}/pdf} and {@code /{id}/versions}; those
 * answers hold no price whoever asks. The priced edition has its own paths, {@code /{id}/priced} and
 * {@code /{id}/priced/pdf}, for PRICE_VIEWER, BUYER and ADMIN only (401 anonymous, 403 any other
 * role); every call is recorded, and the PDF is watermarked. Buyers draft, edit and publish, and see
 * who has seen prices; every answer with their working copy or the proposals is recorded as well.
 * Members of the area's specialist group approve.
 */
@Path("/recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class RecommendationResource {

    /** A version of a recommendation, as the log of price reads names it. */
    private static final String SUBJECT = "recommendation:{id}";

    @Inject
    RecommendationQueries queries;
    @Inject
    PublicEditions editions;
    @Inject
    RecommendationProposals proposals;
    @Inject
    DraftRecommendation draftRecommendation;
    @Inject
    EditRecommendationLines editLines;
    @Inject
    ApproveRecommendation approveRecommendation;
    @Inject
    ConfirmRecommendationProposal confirmProposal;
    @Inject
    PublishRecommendation publishRecommendation;
    @Inject
    CurrentUser user;
    @Inject
    Spreadsheets spreadsheets;
    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    @PricedRead.Exempt("the versions in force by area: names, numbers and dates, no price")
    @Operation(summary = "The recommendation in force of every therapeutic area (public: no login, no prices); "
            + "cacheable, with ETag and Last-Modified, 304 on a conditional request that still matches")
    @APIResponse(responseCode = "200", description = "The versions in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecommendationSummary.class)))
    public Response inForce(@Context Request request) {
        return PublicResponses.of(request, editions.inForce(PublicResponses::json), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @PricedRead.Exempt("the public edition: it has no price")
    @Operation(summary = "A published version without prices, with what changed from the version before (public); "
            + "cacheable, with ETag and Last-Modified, 304 on a conditional request that still matches")
    @APIResponse(responseCode = "200", description = "The public edition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicRecommendation.class)))
    public Response publicEdition(@PathParam("id") Long id, @Context Request request) {
        return PublicResponses.of(request, editions.version(id, PublicResponses::json), MediaType.APPLICATION_JSON);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/pdf")
    @PermitAll
    @PricedRead.Exempt("the public edition: it has no price")
    @Produces("application/pdf")
    @Operation(summary = "A published version without prices as PDF (public); cacheable like the JSON edition")
    public Response publicPdf(@PathParam("id") Long id, @Context Request request) {
        return PublicResponses.of(request, editions.pdf(id), "application/pdf");
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/versions")
    @PermitAll
    @Operation(summary = "Every published version of the same area, the newest first, with its validity (public)")
    public List<RecommendationSummary> versions(@PathParam("id") Long id) {
        return queries.publishedVersions(id);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/priced")
    @RolesAllowed({Role.PRICE_VIEWER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead(SUBJECT)
    @Operation(summary = "A published version with the agreed prices; the view is recorded (price readers only)")
    public PricedRecommendation pricedEdition(@PathParam("id") Long id) {
        return queries.pricedEdition(id, reader(), PriceViewChannel.API);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/priced/pdf")
    @RolesAllowed({Role.PRICE_VIEWER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @PricedRead(SUBJECT)
    @Operation(summary = "A published version with prices as PDF, watermarked with the reader's name and the time; "
            + "the download is recorded (price readers only)")
    public Response pricedPdf(@PathParam("id") Long id) {
        return attachment(queries.pricedPdf(id, reader()));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/price-views")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Who has seen the prices of any version of this area's recommendation, the latest first")
    public List<PriceViewer> priceViewers(@PathParam("id") Long id) {
        return queries.priceViewers(id);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/price-views.xlsx")
    @Produces(Spreadsheets.XLSX)
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead.Exempt("who has seen prices, how often, when and how: the log itself holds no price")
    @Operation(summary = "Who has seen the prices of any version of this area's recommendation, as a spreadsheet "
            + "(XLSX): user, views, first and last view, versions and channels")
    public Response priceViewersSheet(@PathParam("id") Long id) {
        return SheetDownloads.attachment(spreadsheets, "prisinnsyn-" + id + ".xlsx",
                List.of(PriceViewSheets.of(queries.priceViewers(id), ApiLocale.of(headers))));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("proposals")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("area:{therapeuticAreaId}")
    @Operation(summary = "Lines proposed for an area from the framework agreements in force today, with agreed prices; "
            + "the view is recorded")
    public List<ProposedLine> proposals(@QueryParam("therapeuticAreaId") Long therapeuticAreaId) {
        return proposals.read(therapeuticAreaId, reader(), PriceViewChannel.API);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/working-copy")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Any version, drafts included, with prices, as the buyer works on it; the view is recorded")
    public BuyerRecommendation workingCopy(@PathParam("id") Long id) {
        return workingCopyOf(id);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("awaiting-approval")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @Operation(summary = "The drafts of the areas of the caller's specialist groups, without prices")
    public List<DraftForApproval> awaitingApproval() {
        return queries.awaitingApproval(user.username());
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead.Exempt("version 1 starts without lines, so without a price")
    @Operation(summary = "Start version 1 of an area's recommendation")
    public Response draft(DraftBody body) {
        Long id = draftRecommendation.startFirst(new DraftRecommendationCommand(body.therapeuticAreaId(),
                body.validFrom(), body.validTo()), user.username()).getId();
        return Response.status(Response.Status.CREATED).entity(queries.forBuyer(id)).build();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/next-version")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Start the next version from the version in force, when an agreement changes")
    public Response nextVersion(@PathParam("id") Long id, NextVersionBody body) {
        Long next = draftRecommendation.startNext(new NextRecommendationVersionCommand(id, body.changeReason(),
                body.changeNote(), body.validFrom(), body.validTo()), user.username()).getId();
        return Response.status(Response.Status.CREATED).entity(workingCopyOf(next)).build();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lines")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Add a drug from the catalogue for an indication to a draft")
    public BuyerRecommendation addLine(@PathParam("id") Long id, LineBody body) {
        editLines.add(id, body.version(), body.command());
        return workingCopyOf(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lines/proposed")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Add the lines proposed from the agreements in force that the draft does not have yet")
    public BuyerRecommendation addProposed(@PathParam("id") Long id, VersionBody body) {
        BuyerRecommendation draft = queries.forBuyer(id);
        editLines.addProposed(id, body.version(), proposals.fromAgreementsInForce(draft.therapeuticAreaId()));
        return workingCopyOf(id);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lines")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Replace the line of a drug for an indication (identified by indication and varenummer)")
    public BuyerRecommendation replaceLine(@PathParam("id") Long id, @QueryParam("indication") String indication,
                                           @QueryParam("varenummer") String varenummer, LineBody body) {
        editLines.replace(id, body.version(), indication, varenummer, body.command());
        return workingCopyOf(id);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/validity")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Move the validity of a draft, on the version read: valid from, valid to (not before from)")
    public BuyerRecommendation changeValidity(@PathParam("id") Long id, ValidityBody body) {
        ValidityBody b = body == null ? new ValidityBody(null, null, null) : body;
        editLines.changeValidity(id, b.version(), b.validFrom(), b.validTo());
        return workingCopyOf(id);
    }

    @DELETE
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lines")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Remove the line of a drug for an indication from a draft")
    public BuyerRecommendation removeLine(@PathParam("id") Long id, @QueryParam("indication") String indication,
                                          @QueryParam("varenummer") String varenummer,
                                          @QueryParam("version") Long version) {
        editLines.remove(id, version, indication, varenummer);
        return workingCopyOf(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/approval")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @Operation(summary = "Approve a draft, as a member of the area's specialist group")
    public DraftForApproval approve(@PathParam("id") Long id, VersionBody body) {
        approveRecommendation.approve(id, body.version(), user.username());
        return queries.awaitingApproval(user.username()).stream().filter(d -> d.recommendationId().equals(id))
                .findFirst().orElseThrow();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/confirmation")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Confirm a version the system proposed after an agreement it rests on was terminated, changed "
            + "or expired; it then goes to approval as any draft")
    public Confirmation confirm(@PathParam("id") Long id, VersionBody body) {
        var confirmed = confirmProposal.confirm(id, body == null ? null : body.version(), user.username());
        return new Confirmation(confirmed.getId(), confirmed.getVersion(), confirmed.getVersionNumber(),
                confirmed.getConfirmedBy());
    }

    /** A proposal confirmed: no prices. */
    public record Confirmation(Long recommendationId, long version, int versionNumber, String confirmedBy) {
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/publication")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead(SUBJECT)
    @Operation(summary = "Publish an approved version: it comes into force and supersedes the one before")
    public BuyerRecommendation publish(@PathParam("id") Long id, VersionBody body) {
        publishRecommendation.publish(id, body.version(), user.username());
        return workingCopyOf(id);
    }

    /** The working copy, its read recorded: every answer with the buyer's prices goes through here. */
    private BuyerRecommendation workingCopyOf(Long id) {
        return queries.workingCopy(id, reader(), PriceViewChannel.API);
    }

    private PriceReader reader() {
        return PriceReader.of(user.username(), user.fullName(), user.roleNames());
    }

    private static Response attachment(RecommendationPdf pdf) {
        return Pdfs.attachment(pdf.content(), pdf.fileName());
    }

    public record DraftBody(Long therapeuticAreaId, LocalDate validFrom, LocalDate validTo) {
    }

    public record NextVersionBody(ChangeReason changeReason, String changeNote, LocalDate validFrom, LocalDate validTo) {
    }

    public record VersionBody(Long version) {
    }

    public record ValidityBody(Long version, LocalDate validFrom, LocalDate validTo) {
    }

    public record LineBody(Long version, String indication, Integer rank, String varenummer, String comment,
                           BigDecimal pricePerPack, BigDecimal pricePerTreatmentPeriod, Integer treatmentPeriodDays,
                           Long frameworkAgreementId, Long directAgreementId, String marketCode) {

        RecommendationLineCommand command() {
            return new RecommendationLineCommand(indication, rank, varenummer, comment, pricePerPack,
                    pricePerTreatmentPeriod, treatmentPeriodDays, frameworkAgreementId, directAgreementId, marketCode);
        }
    }
}
