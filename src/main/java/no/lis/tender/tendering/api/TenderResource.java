package no.lis.tender.tendering.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.application.AnswerQuestion;
import no.lis.tender.tendering.application.AskQuestion;
import no.lis.tender.tendering.application.CancelTender;
import no.lis.tender.tendering.application.CancelTenderCommand;
import no.lis.tender.tendering.application.DefineAwardCriteria;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand;
import no.lis.tender.tendering.application.DefineQualificationRequirements;
import no.lis.tender.tendering.application.DefineQualificationRequirementsCommand;
import no.lis.tender.tendering.application.PlanTender;
import no.lis.tender.tendering.application.PlanTenderCommand;
import no.lis.tender.tendering.application.PrepareNotice;
import no.lis.tender.tendering.application.PrepareNoticeCommand;
import no.lis.tender.tendering.application.RecordContractNotice;
import no.lis.tender.tendering.application.PublishTender;
import no.lis.tender.tendering.application.PublishTenderCommand;
import no.lis.tender.tendering.application.QuestionQueries;
import no.lis.tender.tendering.application.RemoveLot;
import no.lis.tender.tendering.application.RemoveLotCommand;
import no.lis.tender.tendering.application.ReviseTenderDetails;
import no.lis.tender.tendering.application.ReviseTenderDetailsCommand;
import no.lis.tender.tendering.application.SaveLot;
import no.lis.tender.tendering.application.SaveLotCommand;
import no.lis.tender.tendering.application.ScheduleTimeline;
import no.lis.tender.tendering.application.ScheduleTimelineCommand;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderSort;
import no.lis.tender.tendering.domain.TenderStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Tender rounds: plan, edit while draft, publish, cancel; for buyers. */
@Path("/tenders")
@RequestScoped
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tender rounds")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class TenderResource {

    private static final int MAX_PAGE = 500;

    @Inject
    TenderQueries queries;
    @Inject
    PlanTender planTender;
    @Inject
    ReviseTenderDetails reviseDetails;
    @Inject
    SaveLot saveLot;
    @Inject
    RemoveLot removeLot;
    @Inject
    DefineAwardCriteria defineCriteria;
    @Inject
    DefineQualificationRequirements defineQualification;
    @Inject
    ScheduleTimeline scheduleTimeline;
    @Inject
    PublishTender publishTender;
    @Inject
    CancelTender cancelTender;
    @Inject
    PrepareNotice prepareNotice;
    @Inject
    RecordContractNotice recordContractNotice;
    @Inject
    AskQuestion askQuestion;
    @Inject
    QuestionQueries questionQueries;
    @Inject
    AnswerQuestion answerQuestion;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "List tender rounds, narrowed by market phase (0-6), status and text; newest first")
    public List<TenderJson.Summary> list(@QueryParam("phase") Integer phase, @QueryParam("status") String status,
                                         @QueryParam("q") String text,
                                         @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("max") @DefaultValue("100") int max) {
        TenderFilter filter = new TenderFilter(phase == null ? null : phaseOf(phase), statusOf(status), null, text);
        return queries.list(filter, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)), TenderSort.CREATED_AT, false)
                .stream().map(TenderJson.Summary::of).toList();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Operation(summary = "Plan a new tender round as a draft, with the instrument and criteria its market phase suggests")
    public Response plan(PlanTenderCommand command, @Context UriInfo uri) {
        Long id = planTender.plan(command == null ? new PlanTenderCommand(null, null, null, null, null, null) : command,
                user.username());
        return Created.below(uri, id, TenderJson.Detail.of(tender(id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @Operation(summary = "One tender round with its lots, award criteria, timeline, status and log")
    public TenderJson.Detail get(@PathParam("id") Long id) {
        return TenderJson.Detail.of(tender(id));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/details")
    @Operation(summary = "Change title, therapeutic area, specialist group, market phase and instrument of a draft")
    public TenderJson.Detail revise(@PathParam("id") Long id, DetailsBody body) {
        return changed(id, () -> reviseDetails.revise(new ReviseTenderDetailsCommand(id, body.version(), body.title(),
                body.therapeuticAreaId(), body.specialistGroupId(), body.marketPhase(), body.instrument(),
                Boolean.TRUE.equals(body.severalRankedSuppliersAllowed())), user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lots")
    @Operation(summary = "Add a lot (delkontrakt) to a draft")
    public Response addLot(@PathParam("id") Long id, LotBody body, @Context UriInfo uri) {
        requireExists(id);
        int number = saveLot.save(body.toCommand(id, null), user.username());
        return Created.below(uri, number, get(id));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lots/{number}")
    @Operation(summary = "Change a lot of a draft")
    public TenderJson.Detail changeLot(@PathParam("id") Long id, @PathParam("number") int number, LotBody body) {
        return changed(id, () -> saveLot.save(body.toCommand(id, number), user.username()));
    }

    @DELETE
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/lots/{number}")
    @Operation(summary = "Remove a lot from a draft; the version the caller saw is required")
    public TenderJson.Detail removeLot(@PathParam("id") Long id, @PathParam("number") int number,
                                       @QueryParam("version") Long version) {
        return changed(id, () -> removeLot.remove(new RemoveLotCommand(id, version, number), user.username()));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/criteria")
    @Operation(summary = "Set the weighted award criteria of a draft (weights are whole percentages summing to 100)")
    public TenderJson.Detail defineCriteria(@PathParam("id") Long id, CriteriaBody body) {
        return changed(id, () -> defineCriteria.define(new DefineAwardCriteriaCommand(id, body.version(),
                body.criteria(), body.environmentJustification()), user.username()));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/qualification-requirements")
    @Operation(summary = "Set the qualification requirements of a draft, which suppliers answer in their ESPD: each "
            + "kind (QualificationKind) at most once, with the buyer's text and, for MINIMUM_TURNOVER, the amount in NOK "
            + "(for REFERENCES, optionally the least number of references)")
    public TenderJson.Detail defineQualificationRequirements(@PathParam("id") Long id, QualificationBody body) {
        return changed(id, () -> {
            QualificationBody b = body == null ? new QualificationBody(null, null) : body;
            defineQualification.define(new DefineQualificationRequirementsCommand(id, b.version(), b.requirements()),
                    user.username());
        });
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/timeline")
    @Operation(summary = "Set the timeline and procedure of a draft (instants in UTC, dates in Europe/Oslo); a"
            + " justification allows a shorter time limit where the regulations allow one")
    public TenderJson.Detail schedule(@PathParam("id") Long id, TimelineBody body) {
        return changed(id, () -> scheduleTimeline.schedule(new ScheduleTimelineCommand(id, body.version(),
                body.publication(), body.questionDeadline(), body.submissionDeadline(), body.plannedAward(), body.agreementStart(),
                body.agreementEnd(), body.optionYears(), body.procedure(), body.tenderPeriodJustification(),
                body.questionPeriodJustification(), body.frameworkLengthJustification()), user.username()));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/notice-details")
    @Operation(summary = "Set what the eForms notices of a draft carry: the estimated value of the whole round (NOK "
            + "excluding VAT, options included), which decides whether a contract notice must be recorded before "
            + "publication, and the CPV code per lot (33600000 or a code below it)")
    public TenderJson.Detail prepareNotice(@PathParam("id") Long id, NoticeDetailsBody body) {
        return changed(id, () -> {
            NoticeDetailsBody b = body == null ? new NoticeDetailsBody(null, null, null) : body;
            Map<Integer, String> codes = new HashMap<>();
            b.lots().stream().filter(Objects::nonNull).forEach(l -> codes.put(l.number(), l.cpvCode()));
            prepareNotice.prepare(new PrepareNoticeCommand(id, b.version(), b.estimatedValue(), codes),
                    user.username());
        });
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/contract-notice")
    @Operation(summary = "Record that the contract notice of a draft was published in Doffin: its publication id "
            + "there and the day; needed before publishing a round at or above the EEA threshold")
    public TenderJson.Detail recordContractNotice(@PathParam("id") Long id, ContractNoticeBody body) {
        return changed(id, () -> {
            ContractNoticeBody b = body == null ? new ContractNoticeBody(null, null, null) : body;
            recordContractNotice.record(id, b.version(), b.publicationId(), b.publishedOn(), user.username());
        });
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/publication")
    @Operation(summary = "Publish a draft to suppliers; every broken rule is reported at once")
    public TenderJson.Detail publish(@PathParam("id") Long id, VersionBody body) {
        return changed(id, () -> publishTender.publish(new PublishTenderCommand(id, body == null ? null : body.version()),
                user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a tender round with a reason")
    public TenderJson.Detail cancel(@PathParam("id") Long id, CancellationBody body) {
        return changed(id, () -> cancelTender.cancel(new CancelTenderCommand(id, body.version(), body.reason()),
                user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/questions")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "Ask a question about a published tender before its question deadline (suppliers)")
    public Response ask(@PathParam("id") Long id, QuestionBody body, @Context UriInfo uri) {
        queries.publishedTender(id).orElseThrow(() -> NotFound.thing(Thing.TENDER, id));
        int number = askQuestion.ask(id, body == null ? null : body.text(), user.supplierId().orElse(null), user.username());
        return Response.created(uri.getBaseUriBuilder().path("tenders").path(String.valueOf(id)).path("answers").build())
                .entity(new AskedJson(number)).build();
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/questions")
    @Operation(summary = "Every question of a tender with who asked it and its answer (buyers)")
    public List<QuestionJson> questions(@PathParam("id") Long id) {
        requireExists(id);
        return questionQueries.allQuestions(id).stream().map(QuestionJson::of).toList();
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/questions/{questionId}/answer")
    @Operation(summary = "Answer a question; the answer is published to all suppliers without naming who asked")
    public List<QuestionJson> answer(@PathParam("id") Long id, @PathParam("questionId") Long questionId, AnswerBody body) {
        requireExists(id);
        answerQuestion.answer(id, questionId, body.version(), body.answer(), user.username());
        return questions(id);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}/answers")
    @RolesAllowed({Role.SUPPLIER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The published answers of a tender, without naming who asked")
    public List<QuestionQueries.PublishedAnswer> answers(@PathParam("id") Long id) {
        queries.publishedTender(id).orElseThrow(() -> NotFound.thing(Thing.TENDER, id));
        return questionQueries.publishedAnswers(id);
    }

    /** 404 for an unknown tender, checked without reading the tender (the answer is read after the change). */
    /** Runs {@code change} on tender {@code id} (404 if there is none) and answers the tender as it then stands. */
    private TenderJson.Detail changed(Long id, Runnable change) {
        requireExists(id);
        change.run();
        return get(id);
    }

    private void requireExists(Long id) {
        if (!queries.exists(id)) {
            throw NotFound.thing(Thing.TENDER, id);
        }
    }

    private Tender tender(Long id) {
        return queries.detail(id).orElseThrow(() -> NotFound.thing(Thing.TENDER, id));
    }

    private static MarketPhase phaseOf(int phase) {
        try {
            return MarketPhase.of(phase);
        } catch (DomainException e) {
            throw new DomainException("phase", "tender.marketPhase.invalid", phase);
        }
    }

    private static TenderStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TenderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("status", "tender.status.unknown", status);
        }
    }

    public record VersionBody(Long version) {
    }

    public record QuestionBody(String text) {
    }

    public record AskedJson(int number) {
    }

    public record AnswerBody(Long version, String answer) {
    }

    public record QuestionJson(Long id, int number, String question, String askedBy, Long askedBySupplierId,
                               Instant askedAt, String answer, String answeredBy, Instant answeredAt, long version) {

        static QuestionJson of(Question q) {
            return new QuestionJson(q.getId(), q.getNumber(), q.getText(), q.getAskedBy(), q.getAskedBySupplierId(),
                    q.getAskedAt(), q.getAnswer(), q.getAnsweredBy(), q.getAnsweredAt(), q.getVersion());
        }
    }

    public record CancellationBody(Long version, String reason) {
    }

    public record NoticeDetailsBody(Long version, BigDecimal estimatedValue, List<LotCpv> lots) {

        public NoticeDetailsBody {
            lots = lots == null ? List.of() : lots;
        }
    }

    public record LotCpv(Integer number, String cpvCode) {
    }

    public record ContractNoticeBody(Long version, String publicationId, LocalDate publishedOn) {
    }

    public record DetailsBody(Long version, String title, Long therapeuticAreaId, Long specialistGroupId,
                              Integer marketPhase, String instrument, Boolean severalRankedSuppliersAllowed) {
    }

    public record LotBody(Long version, String title, String indication, List<String> atcCodes,
                          BigDecimal estimatedAnnualVolume, String volumeUnit, String comparisonBasis,
                          Integer treatmentPeriodDays, String marketSplit, List<String> scenarios) {

        SaveLotCommand toCommand(Long tenderId, Integer number) {
            return new SaveLotCommand(tenderId, version, number, title, indication, atcCodes, estimatedAnnualVolume,
                    volumeUnit, comparisonBasis, treatmentPeriodDays, marketSplit, scenarios);
        }
    }

    public record CriteriaBody(Long version, List<DefineAwardCriteriaCommand.CriterionInput> criteria,
                               String environmentJustification) {
    }

    public record QualificationBody(Long version,
                                    List<DefineQualificationRequirementsCommand.RequirementInput> requirements) {
    }

    public record TimelineBody(Long version, Instant publication, Instant questionDeadline, Instant submissionDeadline,
                               LocalDate plannedAward, LocalDate agreementStart, LocalDate agreementEnd,
                               String optionYears, String procedure, String tenderPeriodJustification,
                               String questionPeriodJustification, String frameworkLengthJustification) {
    }
}
