package no.lis.tender.agreements.adherence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.adherence.application.KickOffQueries;
import no.lis.tender.agreements.adherence.application.KickOffRows;
import no.lis.tender.agreements.adherence.application.PlanKickOff;
import no.lis.tender.agreements.adherence.application.RecordKickOff;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyers' kick-off meetings: those overdue, planning one for an agreement and a hospital trust
 * (the day left empty: 14 days before the start), and updating one with its minutes once held.
 */
@Named
@ViewScoped
public class KickOffsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KickOffQueries queries;
    @Inject
    PlanKickOff planKickOff;
    @Inject
    RecordKickOff recordKickOff;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private KickOffRows.Overview overview;
    private List<String> trusts;

    private Long agreementId;
    private String hospitalTrust;
    private LocalDate meetingDate;
    private String participants;
    private String changeoverPlan;

    private KickOffRows.Meeting editing;
    private LocalDate editDate;
    private String editParticipants;
    private String editChangeoverPlan;
    private String editMinutes;

    public void load() {
        if (overview == null) {
            overview = queries.overview();
            trusts = queries.hospitalTrusts();
        }
    }

    public void plan() {
        if (messages.attempt(() -> planKickOff.plan(new PlanKickOff.Command(agreementId, hospitalTrust, meetingDate,
                participants, changeoverPlan), user.username()))) {
            messages.info("kickOff.planned", hospitalTrust);
            agreementId = null;
            hospitalTrust = null;
            meetingDate = null;
            participants = null;
            changeoverPlan = null;
        }
        overview = queries.overview();
    }

    /** Opens the dialog for {@code meeting}. */
    public void edit(KickOffRows.Meeting meeting) {
        editing = meeting;
        editDate = meeting.meetingDate();
        editParticipants = meeting.participants();
        editChangeoverPlan = meeting.changeoverPlan();
        editMinutes = meeting.minutes();
    }

    public void save() {
        if (editing != null && messages.attempt(() -> recordKickOff.record(editing.id(), new RecordKickOff.Command(
                editing.version(), editDate, editParticipants, editChangeoverPlan, editMinutes)))) {
            messages.info("kickOff.saved", editing.hospitalTrust());
            editing = null;
        }
        overview = queries.overview();
    }

    public KickOffRows.Overview getOverview() {
        return overview;
    }

    public List<String> getTrusts() {
        return trusts;
    }

    public KickOffRows.Meeting getEditing() {
        return editing;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getHospitalTrust() {
        return hospitalTrust;
    }

    public void setHospitalTrust(String hospitalTrust) {
        this.hospitalTrust = hospitalTrust;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getChangeoverPlan() {
        return changeoverPlan;
    }

    public void setChangeoverPlan(String changeoverPlan) {
        this.changeoverPlan = changeoverPlan;
    }

    public LocalDate getEditDate() {
        return editDate;
    }

    public void setEditDate(LocalDate editDate) {
        this.editDate = editDate;
    }

    public String getEditParticipants() {
        return editParticipants;
    }

    public void setEditParticipants(String editParticipants) {
        this.editParticipants = editParticipants;
    }

    public String getEditChangeoverPlan() {
        return editChangeoverPlan;
    }

    public void setEditChangeoverPlan(String editChangeoverPlan) {
        this.editChangeoverPlan = editChangeoverPlan;
    }

    public String getEditMinutes() {
        return editMinutes;
    }

    public void setEditMinutes(String editMinutes) {
        this.editMinutes = editMinutes;
    }
}
