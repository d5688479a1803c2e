package no.lis.tender.evaluation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.evaluation.application.AcceptMeansAsConsensus;
import no.lis.tender.evaluation.application.BuyerEvaluation;
import no.lis.tender.evaluation.application.CompleteEvaluation;
import no.lis.tender.evaluation.application.DecideQualification;
import no.lis.tender.evaluation.application.DecideQualificationCommand;
import no.lis.tender.evaluation.application.DeclareImpartiality;
import no.lis.tender.evaluation.application.DeclareImpartialityCommand;
import no.lis.tender.evaluation.application.EvaluationQueries;
import no.lis.tender.evaluation.application.EvaluationReports;
import no.lis.tender.evaluation.application.MemberWorkspace;
import no.lis.tender.evaluation.application.OpenedOfferReader;
import no.lis.tender.evaluation.application.RankTender;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.evaluation.application.ChooseScenario;
import no.lis.tender.evaluation.application.SaveScores;
import no.lis.tender.evaluation.application.SaveScoresCommand;
import no.lis.tender.evaluation.application.ScoringAssignment;
import no.lis.tender.evaluation.application.SetConsensus;
import no.lis.tender.evaluation.application.SetConsensusCommand;
import no.lis.tender.evaluation.application.ShowPricesToMembers;
import no.lis.tender.evaluation.application.SubmitScores;
import no.lis.tender.evaluation.application.SubmitScoresCommand;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.shared.application.PriceReads;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.api.SheetDownloads;
import no.lis.tender.shared.domain.Spreadsheets;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.domain.CriterionType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The evaluation of a tender's opened offers. Buyers qualify offers, follow the specialist group's
 * progress, set consensus scores, rank and close the evaluation. Members of the tender's specialist
 * group declare impartiality, then score blind to prices (unless the buyer lifted that) and see the
 * others' scores only after submitting their own. Every answer with prices or price points is logged
 * as a read of prices ({@link PricedRead}); a member's answer is only while prices are lifted.
 */
@Path("/tenders/{tenderId}/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class EvaluationResource {

    private static final int MAX_PAGE = 500;

    @Inject
    EvaluationQueries queries;
    @Inject
    EvaluationReports reports;
    @Inject
    DecideQualification decideQualification;
    @Inject
    ShowPricesToMembers showPrices;
    @Inject
    SetConsensus setConsensus;
    @Inject
    AcceptMeansAsConsensus acceptMeans;
    @Inject
    RankTender rankTender;
    @Inject
    ChooseScenario chooseScenario;
    @Inject
    CompleteEvaluation completeEvaluation;
    @Inject
    DeclareImpartiality declareImpartiality;
    @Inject
    SaveScores saveScores;
    @Inject
    SubmitScores submitScores;
    @Inject
    OpenedOfferReader openedOffers;
    @Inject
    CurrentUser user;
    @Inject
    PriceReads priceReads;
    @Inject
    Spreadsheets spreadsheets;
    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "The evaluation as the buyer follows it: offers and their qualification, each member's "
            + "declaration and progress, the scores to agree on with their means, and where the ranking stands")
    public BuyerEvaluation evaluation(@PathParam("tenderId") Long tenderId) {
        return queries.buyerEvaluation(tenderId);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("qualifications/{offerId}")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Qualify an opened offer, or reject it with a written reason; a rejected offer is kept "
            + "and left out of scoring")
    public BuyerEvaluation qualify(@PathParam("tenderId") Long tenderId, @PathParam("offerId") Long offerId,
                                   QualificationBody body) {
        requireOpenedOffer(tenderId, offerId);
        decideQualification.decide(new DecideQualificationCommand(tenderId, offerId, body.qualified(), body.reason(),
                body.version()), user.username());
        return queries.buyerEvaluation(tenderId);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("price-visibility")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Let the specialist group's members see prices while they score, or hide them again "
            + "(hidden by default)")
    public BuyerEvaluation pricesVisible(@PathParam("tenderId") Long tenderId, PriceVisibilityBody body) {
        showPrices.show(tenderId, body.visible(), body.version(), user.username());
        return queries.buyerEvaluation(tenderId);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("consensus/{offerId}")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Set the consensus score of one sub-criterion of an offer: the members' mean when value "
            + "is left out, another value with a note")
    public BuyerEvaluation consensus(@PathParam("tenderId") Long tenderId, @PathParam("offerId") Long offerId,
                                     ConsensusBody body) {
        requireOpenedOffer(tenderId, offerId);
        setConsensus.set(new SetConsensusCommand(tenderId, offerId, body.type(), body.title(), body.value(),
                body.note(), body.version()), user.username());
        return queries.buyerEvaluation(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("consensus/means")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Accept the members' mean as the consensus of every line not yet agreed, in one step: "
            + "each sub-criterion of each offer with submitted scores and no consensus; refused when none is left")
    public BuyerEvaluation acceptMeans(@PathParam("tenderId") Long tenderId) {
        acceptMeans.acceptAll(tenderId, user.username());
        return queries.buyerEvaluation(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("ranking")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Rank every lot from the qualified offers and the consensus scores, and store the ranking")
    public RankingSummary rank(@PathParam("tenderId") Long tenderId) {
        List<LotOutcome> outcomes = rankTender.rank(tenderId, user.username());
        return new RankingSummary(outcomes.size(), outcomes.stream().filter(o -> o.status().isRanked()).count());
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("scenario-choice")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Choose the price scenario a lot with scenario prices is ranked under; the tender is ranked "
            + "again at once, with each offer's price and place under the other scenarios beside it")
    public RankingSummary chooseScenario(@PathParam("tenderId") Long tenderId, ScenarioChoiceBody body) {
        if (body.lotNumber() == null) {
            throw new DomainException("lotNumber", "validation.required");
        }
        List<LotOutcome> outcomes = chooseScenario.choose(tenderId, body.lotNumber(), body.scenario(), body.version(),
                user.username());
        return new RankingSummary(outcomes.size(), outcomes.stream().filter(o -> o.status().isRanked()).count());
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("ranking")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "One page of the stored ranking, lot by lot, with prices, their computation and savings")
    public RankingPage ranking(@PathParam("tenderId") Long tenderId, @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        Locale locale = ApiLocale.of(headers);
        return new RankingPage(queries.rankedLotCount(tenderId), Math.max(0, first), pageSize,
                queries.rankingPage(tenderId, Math.max(0, first), pageSize).stream()
                        .map(lot -> RankedLot.of(lot, locale)).toList());
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("ranking.xlsx")
    @Produces(Spreadsheets.XLSX)
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "The stored ranking as a spreadsheet (XLSX): one row per lot and offer, with the pack price, "
            + "the price on the lot's basis and its computation, points per criterion, total and savings")
    public Response rankingSheet(@PathParam("tenderId") Long tenderId) {
        String reference = queries.buyerEvaluation(tenderId).reference();
        int count = (int) Math.min(Integer.MAX_VALUE, queries.rankedLotCount(tenderId));
        List<LotOutcome> lots = count == 0 ? List.of() : queries.rankingPage(tenderId, 0, count);
        return SheetDownloads.attachment(spreadsheets, "rangering-" + reference + ".xlsx",
                List.of(EvaluationSheets.ranking(reference, lots, ApiLocale.of(headers))));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("consensus.xlsx")
    @Produces(Spreadsheets.XLSX)
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead.Exempt("the consensus sheet: the members' scores, their means and the agreed values; no price")
    @Operation(summary = "The consensus sheet as a spreadsheet (XLSX): per offer and sub-criterion the members' "
            + "submitted scores, their mean, the consensus and its note")
    public Response consensusSheet(@PathParam("tenderId") Long tenderId) {
        BuyerEvaluation evaluation = queries.buyerEvaluation(tenderId);
        return SheetDownloads.attachment(spreadsheets, "konsensus-" + evaluation.reference() + ".xlsx",
                List.of(EvaluationSheets.consensus(evaluation, ApiLocale.of(headers))));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("completion")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Close the evaluation once every offer is decided and every lot with offers is ranked")
    public BuyerEvaluation complete(@PathParam("tenderId") Long tenderId) {
        completeEvaluation.complete(tenderId, user.username());
        return queries.buyerEvaluation(tenderId);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("report")
    @Produces("application/pdf")
    @RolesAllowed({Role.BUYER_NAME, Role.SPECIALIST_NAME})
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "The evaluation report (PDF): with prices for buyers, without prices for the specialist "
            + "group's members")
    public Response report(@PathParam("tenderId") Long tenderId) {
        String fileName = reports.fileName(tenderId);
        if (user.has(Role.BUYER)) {
            return Pdfs.attachment(reports.buyerEdition(tenderId, user.fullName()), fileName);
        }
        EvaluationReports.MemberEdition edition = reports.memberEdition(tenderId, user.username(), user.fullName());
        if (!edition.withPricePoints()) {
            priceReads.withheld();
        }
        return Pdfs.attachment(edition.pdf(), fileName);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("workspace")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "What the calling member scores: nothing before her declaration of impartiality; no prices "
            + "unless the buyer lifted that; others' scores only after she submitted her own")
    public MemberWorkspace workspace(@PathParam("tenderId") Long tenderId) {
        return workspaceOf(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("impartiality")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Declare impartiality (habilitet) for the tender, once; a declared conflict blocks scoring")
    public MemberWorkspace declare(@PathParam("tenderId") Long tenderId, DeclarationBody body) {
        declareImpartiality.declare(new DeclareImpartialityCommand(tenderId, body.impartial(), body.ties()),
                user.username(), queries.isMember(tenderId, user.username()));
        return workspaceOf(tenderId);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("scores/{offerId}")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Save the caller's draft scores of an offer, each with a justification")
    public MemberWorkspace saveScores(@PathParam("tenderId") Long tenderId, @PathParam("offerId") Long offerId,
                                      ScoresBody body) {
        requireOpenedOffer(tenderId, offerId);
        saveScores.save(new SaveScoresCommand(tenderId, offerId, body.version(), body.scores().stream()
                        .map(s -> new SaveScoresCommand.ScoreInput(s.type(), s.title(), s.value(), s.justification()))
                        .toList()),
                user.username(), queries.isMember(tenderId, user.username()));
        return workspaceOf(tenderId);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("scores/{offerId}/submission")
    @RolesAllowed(Role.SPECIALIST_NAME)
    @PricedRead("tender:{tenderId}")
    @Operation(summary = "Submit the caller's scores of an offer; they stand from then on")
    public MemberWorkspace submitScores(@PathParam("tenderId") Long tenderId, @PathParam("offerId") Long offerId,
                                        VersionBody body) {
        requireOpenedOffer(tenderId, offerId);
        submitScores.submit(new SubmitScoresCommand(tenderId, offerId, body.version()), user.username(),
                queries.isMember(tenderId, user.username()));
        return workspaceOf(tenderId);
    }

    /** The caller's workspace: a read of prices only once the buyer has let members see them. */
    private MemberWorkspace workspaceOf(Long tenderId) {
        MemberWorkspace workspace = queries.workspace(tenderId, user.username());
        if (!workspace.showsPrices()) {
            priceReads.withheld();
        }
        return workspace;
    }

    /**
     * An offer id in the path is one of the offers opened on this tender: another tender's offer, or
     * none, is not found (and gets no qualification, consensus or score sheet of its own).
     */
    private void requireOpenedOffer(Long tenderId, Long offerId) {
        if (openedOffers.isOpened(tenderId) && !openedOffers.isOpenedOn(tenderId, offerId)) {
            throw NotFound.thing(Thing.OFFER, offerId);
        }
    }

    public record QualificationBody(boolean qualified, String reason, Long version) {
    }

    public record PriceVisibilityBody(boolean visible, Long version) {
    }

    public record ConsensusBody(CriterionType type, String title, Integer value, String note, Long version) {
    }

    public record DeclarationBody(boolean impartial, String ties) {
    }

    public record ScoresBody(Long version, List<ScoreBody> scores) {

        public ScoresBody {
            scores = scores == null ? List.of() : scores;
        }
    }

    public record ScoreBody(CriterionType type, String title, Integer value, String justification) {
    }

    public record VersionBody(Long version) {
    }

    public record ScenarioChoiceBody(Integer lotNumber, String scenario, Long version) {
    }

    public record RankingSummary(int lots, long ranked) {
    }

    public record RankingPage(long total, int first, int size, List<RankedLot> lots) {
    }
}
