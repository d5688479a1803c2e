package no.lis.tender.offers.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.LockClashRetry;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.offers.application.AttachToOffer;
import no.lis.tender.offers.application.ConfirmOpening;
import no.lis.tender.offers.application.ConfirmOpeningCommand;
import no.lis.tender.offers.application.OfferAttachmentQueries;
import no.lis.tender.offers.application.OfferQueries;
import no.lis.tender.offers.application.OfferReaders;
import no.lis.tender.offers.application.PriceSchedules;
import no.lis.tender.offers.application.UploadPriceSchedule;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.application.UploadLimits;
import no.lis.tender.shared.domain.Spreadsheets;
import no.lis.tender.offers.application.SaveAndSubmitOffer;
import no.lis.tender.offers.application.SaveOfferDraft;
import no.lis.tender.offers.application.SaveOfferDraftCommand;
import no.lis.tender.offers.application.StartOpening;
import no.lis.tender.offers.application.StartOpeningCommand;
import no.lis.tender.offers.application.SubmitOffer;
import no.lis.tender.offers.application.SubmitOfferCommand;
import no.lis.tender.offers.application.WithdrawOffer;
import no.lis.tender.offers.application.WithdrawOfferCommand;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.application.PdfScreening;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.domain.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/**
 * Sealed offers on a tender. A supplier works on its own offer only (found from the caller, never
 * from an id in the request); buyers see counts per lot until two of them have opened the offers.
 */
@Path("/tenders/{tenderId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class OfferResource {

    @Inject
    OfferQueries queries;
    @Inject
    SaveOfferDraft saveDraft;
    @Inject
    SubmitOffer submitOffer;
    @Inject
    SaveAndSubmitOffer saveAndSubmit;
    @Inject
    WithdrawOffer withdrawOffer;
    @Inject
    StartOpening startOpening;
    @Inject
    ConfirmOpening confirmOpening;
    @Inject
    AttachToOffer attachToOffer;
    @Inject
    OfferAttachmentQueries attachments;
    @Inject
    PdfScreening pdfScreening;
    @Inject
    PriceSchedules priceSchedules;
    @Inject
    UploadPriceSchedule uploadPriceSchedule;
    @Inject
    UploadLimits limits;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Path("offers")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @PricedRead.Exempt("the supplier's own offer, to the supplier alone")
    @Operation(summary = "The caller's own offer on the tender: draft, submitted version and receipts")
    public OfferJson.Own own(@PathParam("tenderId") Long tenderId) {
        return queries.ownOffer(tenderId, reader()).map(OfferJson.Own::of)
                .orElseThrow(() -> new NotFound("offers.notFound"));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("offers")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @PricedRead.Exempt("the supplier's own offer, to the supplier alone")
    @Operation(summary = "Save the caller's draft offer (until the submission deadline); nothing is submitted")
    public OfferJson.Own saveDraft(@PathParam("tenderId") Long tenderId, DraftBody body) {
        if (body.lots() == null) {
            throw new DomainException("lots", "validation.required");
        }
        saveDraft.save(new SaveOfferDraftCommand(tenderId, body.version(), body.lots(), body.espd()), reader());
        return own(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("offers")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "Submit the caller's offer; the answer is the receipt with the time the request was received "
            + "and the SHA-256 digest of the submitted content. With lots in the body, they are saved as the draft and "
            + "submitted in one step: both happen or neither (version: null for a first offer); without, the saved "
            + "draft is submitted. Where the tender sets qualification requirements, the ESPD must be complete: every "
            + "exclusion ground answered (a yes explained) and every requirement stated (a not-met with a text). Judged by the time the request arrived: refused if that was at or after the deadline, "
            + "and once the buyers have started opening the offers.")
    public OfferJson.ReceiptJson submit(@PathParam("tenderId") Long tenderId, SubmitBody body) {
        if (body.lots() != null) {
            SaveOfferDraftCommand command = new SaveOfferDraftCommand(tenderId, body.version(), body.lots(), body.espd());
            Reader supplier = reader();
            return OfferJson.ReceiptJson.of(LockClashRetry.run(() -> saveAndSubmit.saveAndSubmit(command, supplier)));
        }
        OfferJson.Own own = own(tenderId);
        return OfferJson.ReceiptJson.of(submitOffer.submit(new SubmitOfferCommand(own.offerId(), body.version()), reader()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("offers/withdrawal")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @PricedRead.Exempt("the supplier's own offer, to the supplier alone")
    @Operation(summary = "Withdraw the caller's submitted offer before the deadline; it can be submitted again")
    public OfferJson.Own withdraw(@PathParam("tenderId") Long tenderId, VersionBody body) {
        OfferJson.Own own = own(tenderId);
        withdrawOffer.withdraw(new WithdrawOfferCommand(own.offerId(), body.version()), reader());
        return own(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("offers/attachments")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.SUPPLIER_NAME)
    @PricedRead.Exempt("the name and size of a file attached to the supplier's own offer")
    @Operation(summary = "Attach a PDF (e.g. environmental documentation) to the caller's offer; answers refer to "
            + "it by the id returned. Sealed like the offer; a real PDF of at most 20 MB (413 over the limit), "
            + "without JavaScript, Launch actions or embedded files.")
    public Response attach(@PathParam("tenderId") Long tenderId, @QueryParam("fileName") String fileName,
                           InputStream content, @Context UriInfo uri) {
        // read within the limit and parsed here, before the use case's transaction
        CheckedPdf file = pdfScreening.screen("file", fileName, content);
        Long id = attachToOffer.attach(tenderId, file, reader());
        OfferAttachmentQueries.AttachmentInfo info = attachments.ownAttachments(tenderId, reader()).stream()
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        return Created.in(uri, "offer-attachments", id, info);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("offers/attachments")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "The files attached to the caller's offer")
    public List<OfferAttachmentQueries.AttachmentInfo> ownAttachments(@PathParam("tenderId") Long tenderId) {
        return attachments.ownAttachments(tenderId, reader());
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("price-schedule.xlsx")
    @Produces(Spreadsheets.XLSX)
    @RolesAllowed({Role.SUPPLIER_NAME, Role.BUYER_NAME})
    @PricedRead.Exempt("the empty schedule of lots and markets: built from the tender alone, never from an offer")
    @Operation(summary = "The tender's price schedule to fill in (XLSX): one row per lot and market, locked but for "
            + "the varenummer and the price per pack; no offer's content, so no price")
    public Response priceSchedule(@PathParam("tenderId") Long tenderId) {
        PriceSchedules.Download download = priceSchedules.schedule(tenderId);
        return Response.ok(download.content(), Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"").build();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("offers/price-schedule")
    @Consumes({Spreadsheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.SUPPLIER_NAME)
    @PricedRead.Exempt("the supplier's own offer, to the supplier alone")
    @Operation(summary = "Upload the filled-in price schedule (XLSX) into the caller's draft offer (version: the "
            + "version loaded; none for a first offer). Every row is checked (lot, market, varenummer in the "
            + "catalogue, price); the file is taken whole or refused whole with 400 and every error by row (field "
            + "row.N.column). The lots priced get the catalogue's pack and the price and keep their answers; other "
            + "lots stay as they were. Over the size limit (5 MB by default) 413")
    public OfferJson.Own uploadPriceSchedule(@PathParam("tenderId") Long tenderId, @QueryParam("version") Long version,
                                            InputStream content) {
        uploadPriceSchedule.upload(tenderId, version, limits.spreadsheet("file").read(content), reader());
        return own(tenderId);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("offers/counts")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "How many offers each lot has received, and the opening state; never their content")
    public OfferJson.Counts counts(@PathParam("tenderId") Long tenderId) {
        return new OfferJson.Counts(tenderId, queries.submittedPerLot(tenderId, reader()),
                OfferJson.Opening.of(queries.opening(tenderId).orElse(null)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("offers/opened")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "The opened offers with their content: only after two buyers have opened them")
    public List<OfferJson.Opened> opened(@PathParam("tenderId") Long tenderId) {
        return queries.openedOffers(tenderId, reader()).stream().map(OfferJson.Opened::of).toList();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("opening")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Open the offers after the deadline: the first buyer starts, a second, different buyer "
            + "confirms; both, the time and the offers opened are recorded")
    public OfferJson.Opening open(@PathParam("tenderId") Long tenderId) {
        TenderOpening opening = queries.opening(tenderId).orElse(null);
        if (opening == null) {
            startOpening.start(new StartOpeningCommand(tenderId), reader());
        } else {
            confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, opening.getVersion()), reader());
        }
        return OfferJson.Opening.of(queries.opening(tenderId).orElseThrow());
    }

    private Reader reader() {
        return OfferReaders.of(user);
    }

    /** The version the caller loaded (null for a first offer), the lots, and the ESPD (null if none yet). */
    public record DraftBody(Long version, List<SaveOfferDraftCommand.LotInput> lots, SaveOfferDraftCommand.EspdInput espd) {
    }

    public record VersionBody(Long version) {
    }

    /**
     * The version the caller loaded (null for a first offer), and optionally the lots (with the ESPD) to
     * save and submit at once.
     */
    public record SubmitBody(Long version, List<SaveOfferDraftCommand.LotInput> lots, SaveOfferDraftCommand.EspdInput espd) {
    }
}
