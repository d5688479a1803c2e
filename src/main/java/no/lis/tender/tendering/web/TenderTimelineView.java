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
import no.lis.tender.tendering.domain.Timeline;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /** The saved timeline, with a proposal for the dates not yet set that the buyer can change before saving. */
    @PostConstruct
    void fill() {
        Tender tender = page.getTender();
        if (tender == null) {
            return;
        }
        Timeline shown = queries.proposedTimeline(tender);
        publication = shown.getPublication() == null ? null : Timeline.inOslo(shown.getPublication());
        questionDeadline = Timeline.inOslo(shown.getQuestionDeadline());
        submissionDeadline = Timeline.inOslo(shown.getSubmissionDeadline());
        plannedAward = shown.getPlannedAward();
        agreementStart = shown.getAgreementStart();
        agreementEnd = shown.getAgreementEnd();
        optionYears = shown.getOptionYears().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public void save() {
        if (messages.attempt(() -> scheduleTimeline.schedule(new ScheduleTimelineCommand(page.getId(), page.version(),
                instant(publication), instant(questionDeadline), instant(submissionDeadline), plannedAward,
                agreementStart, agreementEnd, optionYears), user.username()))) {
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
}
