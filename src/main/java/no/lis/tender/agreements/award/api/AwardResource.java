package no.lis.tender.agreements.award.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.agreements.award.application.AwardLot;
import no.lis.tender.agreements.award.application.AwardOverview;
import no.lis.tender.agreements.award.application.AwardQueries;
import no.lis.tender.agreements.award.application.IssueAwardLetters;
import no.lis.tender.agreements.award.application.LetterFile;
import no.lis.tender.agreements.award.application.RecordComplaint;
import no.lis.tender.agreements.award.application.ResolveComplaint;
import no.lis.tender.agreements.award.application.SetStandstillDays;
import no.lis.tender.agreements.award.application.SupplierLetter;
import no.lis.tender.agreements.award.domain.ComplaintKind;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.offers.application.OfferReaders;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * The award of a tender, addressed by the tender's id: the buyer awards each market of each lot from
 * the ranking, sets the standstill, issues the letters and records complaints; every supplier that
 * took part reads its own award letter, and only its own.
 */
@Path("/awards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class AwardResource {

    @Inject
    AwardQueries queries;
    @Inject
    AwardLot awardLot;
    @Inject
    SetStandstillDays setStandstillDays;
    @Inject
    IssueAwardLetters issueLetters;
    @Inject
    RecordComplaint recordComplaint;
    @Inject
    ResolveComplaint resolveComplaint;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Path("{tenderId}")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "The award of a tender: per lot and market the ranked offers and who is awarded, the "
            + "standstill with its end and complaints, the letters issued and the agreements concluded")
    public AwardOverview award(@Parameter(description = "the tender's id") @PathParam("tenderId") Long tenderId) {
        return queries.award(tenderId);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{tenderId}/lots/{lotNumber}/markets/{marketCode}")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Award one market of a lot (NO for a lot not split) to offers of its ranking: one, or "
            + "several in rank order where the tender allows it; replaces an earlier award until the letters are issued")
    public AwardOverview awardMarket(@PathParam("tenderId") Long tenderId, @PathParam("lotNumber") int lotNumber,
                                     @PathParam("marketCode") String marketCode, AwardBody body) {
        awardLot.award(tenderId, lotNumber, marketCode, body == null ? List.of() : body.offerIds(), user.username());
        return queries.award(tenderId);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{tenderId}/standstill")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Set the standstill period in calendar days (10 by default), before the letters are issued")
    public AwardOverview standstill(@PathParam("tenderId") Long tenderId, StandstillBody body) {
        setStandstillDays.set(tenderId, body == null ? 0 : body.days(), user.username());
        return queries.award(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{tenderId}/letters")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Issue the award letters (one PDF to each supplier that took part) once every market is "
            + "awarded; the standstill starts today and the award cannot be changed after")
    public AwardOverview issue(@PathParam("tenderId") Long tenderId) {
        issueLetters.issue(tenderId, user.username());
        return queries.award(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{tenderId}/complaints")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Record a supplier's complaint (COMPLAINT, answered, never blocks) or its petition to the "
            + "court for an interim injunction (COURT_PETITION; filed within the standstill it suspends it until the "
            + "court's decision is recorded), with the day it was filed")
    public AwardOverview complaint(@PathParam("tenderId") Long tenderId, ComplaintBody body) {
        recordComplaint.record(tenderId, body == null ? null : body.kind(), body == null ? null : body.filedOn(),
                body == null ? null : body.description(), user.username());
        return queries.award(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{tenderId}/complaints/{number}/resolution")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Record complaint n (1 for the first) answered, or for a petition the court's decision; a "
            + "standstill it held resumes and ends no earlier than the day after")
    public AwardOverview resolve(@PathParam("tenderId") Long tenderId, @PathParam("number") int number,
                                 ResolutionBody body) {
        resolveComplaint.resolve(tenderId, number, body == null ? null : body.resolution(), user.username());
        return queries.award(tenderId);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{tenderId}/letter")
    @Produces("application/pdf")
    @RolesAllowed({Role.BUYER_NAME, Role.SUPPLIER_NAME})
    @PricedRead.Exempt("points, no price: the reasons for the award that procurement law gives every supplier")
    @Operation(summary = "An award letter (PDF). {tenderId} is the id of the tender awarded (one award decision per "
            + "tender). A supplier's user gets its own supplier's letter; naming another supplier, or a tender it did "
            + "not take part in, is 404 as if there were no letter. A buyer names the supplier (?supplier=id) and may "
            + "read every letter.")
    public Response letter(@Parameter(description = "the id of the tender awarded") @PathParam("tenderId") Long tenderId,
                           @Parameter(description = "the supplier the letter is addressed to: required for buyers, "
                                   + "may be left out by a supplier's user") @QueryParam("supplier") Long supplierId) {
        LetterFile letter = queries.letter(tenderId, supplierId, OfferReaders.of(user));
        return Pdfs.attachment(letter.pdf(), letter.fileName());
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("letters")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "The award letters to the caller's supplier, newest first; each is downloaded from "
            + "/api/awards/{tenderId}/letter")
    public List<SupplierLetter> letters() {
        return queries.lettersOf(OfferReaders.of(user));
    }

    public record AwardBody(List<Long> offerIds) {

        public AwardBody {
            offerIds = offerIds == null ? List.of() : offerIds;
        }
    }

    public record StandstillBody(int days) {
    }

    public record ComplaintBody(ComplaintKind kind, LocalDate filedOn, String description) {
    }

    public record ResolutionBody(String resolution) {
    }
}
