package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.ScheduleTimeline;
import no.lis.tender.tendering.application.ScheduleTimelineCommand;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderProcedure;
import no.lis.tender.tendering.domain.TimeLimitJustification;
import no.lis.tender.tendering.domain.TimeLimitRule;
import no.lis.tender.tendering.domain.TimeLimits;
import no.lis.tender.tendering.domain.Timeline;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The timeline tab of the tender page: its deadlines in Oslo time, the planned award and the agreement period. */
@Named
@ViewScoped
public class TenderTimelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderEditView page;
    @Inject
    TenderQueries queries;
    @Inject
    ScheduleTimeline scheduleTimeline;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private LocalDateTime publication;
    private LocalDateTime questionDeadline;
    private LocalDateTime submissionDeadline;
    private LocalDate plannedAward;
    private LocalDate agreementStart;
    private LocalDate agreementEnd;
    private String optionYears;
    private TenderProcedure procedure;
    private String tenderPeriodJustification;
    private String questionPeriodJustification;
    private String frameworkLengthJustification;
    /** The dates shown that are proposals, not saved (by the names of their properties, e.g. {@code questionDeadline}). */
    private Set<String> proposed = Set.of();

    /** The saved timeline, with a proposal for the dates not yet set that the buyer can change before saving. */
    @PostConstruct
    void fill() {
        Tender tender = page.getTender();
        if (tender == null) {
            return;
        }
        Timeline shown = queries.proposedTimeline(tender);
        Timeline saved = tender.getTimeline() == null ? Timeline.open() : tender.getTimeline();
        publication = shown.getPublication() == null ? null : Timeline.inOslo(shown.getPublication());
        questionDeadline = Timeline.inOslo(shown.getQuestionDeadline());
        submissionDeadline = Timeline.inOslo(shown.getSubmissionDeadline());
        plannedAward = shown.getPlannedAward();
        agreementStart = shown.getAgreementStart();
        agreementEnd = shown.getAgreementEnd();
        optionYears = shown.getOptionYears().stream().map(String::valueOf).collect(Collectors.joining(","));
        proposed = new HashSet<>();
        proposedIfUnsaved("questionDeadline", saved.getQuestionDeadline(), shown.getQuestionDeadline());
        proposedIfUnsaved("submissionDeadline", saved.getSubmissionDeadline(), shown.getSubmissionDeadline());
        proposedIfUnsaved("plannedAward", saved.getPlannedAward(), shown.getPlannedAward());
        proposedIfUnsaved("agreementStart", saved.getAgreementStart(), shown.getAgreementStart());
        proposedIfUnsaved("agreementEnd", saved.getAgreementEnd(), shown.getAgreementEnd());
        proposedIfUnsaved("optionYears", saved.getOptionYears().isEmpty() ? null : saved.getOptionYears(),
                shown.getOptionYears().isEmpty() ? null : shown.getOptionYears());
        procedure = tender.getProcedure();
        tenderPeriodJustification = justification(tender, TimeLimitRule.TENDER_PERIOD);
        questionPeriodJustification = justification(tender, TimeLimitRule.QUESTION_PERIOD);
        frameworkLengthJustification = justification(tender, TimeLimitRule.FRAMEWORK_LENGTH);
    }

    private void proposedIfUnsaved(String date, Object saved, Object shown) {
        if (saved == null && shown != null) {
            proposed.add(date);
        }
    }

    /**
     * Whether the date {@code date} (a property of this view, e.g. {@code questionDeadline}) shows a proposal
     * that is not saved: the page marks it "Forslag – ikke lagret" until the buyer saves the timeline.
     */
    public boolean proposed(String date) {
        return proposed.contains(date);
    }

    /** Whether any date shown is a proposal not yet saved. */
    public boolean isAnyProposed() {
        return !proposed.isEmpty();
    }

    private static String justification(Tender tender, TimeLimitRule rule) {
        return tender.getTimeLimitJustifications().stream().filter(j -> j.getRule() == rule).findFirst()
                .map(TimeLimitJustification::getText).orElse(null);
    }

    public void save() {
        if (messages.attemptOnTabs(TenderPageFields::of, () -> scheduleTimeline.schedule(new ScheduleTimelineCommand(page.getId(), page.version(),
                instant(publication), instant(questionDeadline), instant(submissionDeadline), plannedAward,
                agreementStart, agreementEnd, optionYears, procedure == null ? null : procedure.name(),
                tenderPeriodJustification, questionPeriodJustification, frameworkLengthJustification),
                user.username()))) {
            page.reload();
            fill();
            messages.info("tender.saved.timeline");
        }
    }

    private static Instant instant(LocalDateTime osloTime) {
        return osloTime == null ? null : Timeline.atOslo(osloTime);
    }

    public LocalDateTime getPublication() {
        return publication;
    }

    public void setPublication(LocalDateTime publication) {
        this.publication = publication;
    }

    public LocalDateTime getQuestionDeadline() {
        return questionDeadline;
    }

    public void setQuestionDeadline(LocalDateTime questionDeadline) {
        this.questionDeadline = questionDeadline;
    }

    public LocalDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public LocalDate getPlannedAward() {
        return plannedAward;
    }

    public void setPlannedAward(LocalDate plannedAward) {
        this.plannedAward = plannedAward;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public void setAgreementStart(LocalDate agreementStart) {
        this.agreementStart = agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    public void setAgreementEnd(LocalDate agreementEnd) {
        this.agreementEnd = agreementEnd;
    }

    public String getOptionYears() {
        return optionYears;
    }

    public void setOptionYears(String optionYears) {
        this.optionYears = optionYears;
    }

    public TenderProcedure[] getProcedures() {
        return TenderProcedure.values();
    }

    /** The last day answers to questions must reach the suppliers, from the saved submission deadline. */
    public LocalDate getAnswerDeadline() {
        Tender tender = page.getTender();
        return tender == null ? null : TimeLimits.answerDeadline(tender.getTimeline());
    }

    public TenderProcedure getProcedure() {
        return procedure;
    }

    public void setProcedure(TenderProcedure procedure) {
        this.procedure = procedure;
    }

    public String getTenderPeriodJustification() {
        return tenderPeriodJustification;
    }

    public void setTenderPeriodJustification(String tenderPeriodJustification) {
        this.tenderPeriodJustification = tenderPeriodJustification;
    }

    public String getQuestionPeriodJustification() {
        return questionPeriodJustification;
    }

    public void setQuestionPeriodJustification(String questionPeriodJustification) {
        this.questionPeriodJustification = questionPeriodJustification;
    }

    public String getFrameworkLengthJustification() {
        return frameworkLengthJustification;
    }

    public void setFrameworkLengthJustification(String frameworkLengthJustification) {
        this.frameworkLengthJustification = frameworkLengthJustification;
    }
}
