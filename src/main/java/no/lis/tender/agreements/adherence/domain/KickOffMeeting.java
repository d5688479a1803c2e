package no.lis.tender.agreements.adherence.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The kick-off meeting (oppstartsmøte) of one agreement with one hospital trust, where the trust's
 * pharmacy and clinicians learn the new first choices and agree how the stock is changed over: the
 * day (by default {@link KickOffRule#dueOn 14 days before the start}), who takes part, the stock
 * changeover plan, and the minutes once it is held. One per agreement and trust.
 */
@Entity
@Table(name = "AGR_KICKOFF", uniqueConstraints = @UniqueConstraint(name = "UQ_AGR_KICKOFF",
        columnNames = {"AGREEMENT_ID", "HOSPITAL_TRUST"}))
@NamedQuery(name = "KickOffMeeting.findAll", query = "SELECT k FROM KickOffMeeting k ORDER BY k.meetingDate, k.id")
public class KickOffMeeting extends Versioned {

    public static final int PARTICIPANTS_LENGTH = 1000;
    public static final int TEXT_LENGTH = 4000;
    public static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    @Column(name = "AGREEMENT_ID", nullable = false)
    private Long agreementId;

    @Column(name = "HOSPITAL_TRUST", nullable = false, length = ConsumptionCsv.TRUST_LENGTH)
    private String hospitalTrust;

    @Column(name = "MEETING_DATE", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "PARTICIPANTS", nullable = false, length = PARTICIPANTS_LENGTH)
    private String participants;

    @Column(name = "CHANGEOVER_PLAN", length = TEXT_LENGTH)
    private String changeoverPlan;

    @Column(name = "MINUTES", length = TEXT_LENGTH)
    private String minutes;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "PLANNED_BY", nullable = false, length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "PLANNED_AT", nullable = false))
    private Stamp planned;

    protected KickOffMeeting() {
    }

    /**
     * Plans the kick-off of agreement {@code agreementId} (starting {@code agreementStart}, last day
     * {@code agreementEnd}) with {@code trust}, every broken rule at once: the trust one of the known
     * ({@code kickOff.trust.unknown} under {@code hospitalTrust}); the day, when given, not after the
     * agreement's last day ({@code kickOff.date.afterEnd} under {@code meetingDate}), none: the default
     * day; the participants required (at most {@value #PARTICIPANTS_LENGTH} characters), the changeover
     * plan optional (at most {@value #TEXT_LENGTH}).
     */
    public static KickOffMeeting plan(Long agreementId, LocalDate agreementStart, LocalDate agreementEnd, String trust,
                                      LocalDate meetingDate, String participants, String changeoverPlan, String buyer,
                                      Clock clock) {
        Validation validation = new Validation();
        HospitalTrust known = null;
        if (validation.required(trust == null || trust.isBlank() ? null : trust, "hospitalTrust")) {
            known = HospitalTrust.named(trust).orElse(null);
            validation.check(known != null, "hospitalTrust", "kickOff.trust.unknown", trust.strip());
        }
        KickOffMeeting meeting = new KickOffMeeting();
        meeting.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        meeting.describe(validation, meetingDate == null ? KickOffRule.dueOn(agreementStart) : meetingDate, agreementEnd,
                participants, changeoverPlan);
        meeting.hospitalTrust = known.name();
        meeting.planned = Stamp.now(buyer, clock);
        return meeting;
    }

    /** Moves the meeting or changes who takes part and the changeover plan (rules as in {@link #plan}; the day required). */
    public void revise(LocalDate newDate, LocalDate agreementEnd, String newParticipants, String newChangeoverPlan) {
        describe(new Validation(), newDate, agreementEnd, newParticipants, newChangeoverPlan);
    }

    private void describe(Validation validation, LocalDate date, LocalDate agreementEnd, String who, String plan) {
        if (validation.required(date, "meetingDate")) {
            validation.check(!date.isAfter(agreementEnd), "meetingDate", "kickOff.date.afterEnd", agreementEnd);
        }
        String people = validation.requiredText("participants", who, PARTICIPANTS_LENGTH);
        String changeover = validation.optionalText("changeoverPlan", plan, TEXT_LENGTH);
        validation.throwIfInvalid();
        meetingDate = date;
        participants = people;
        changeoverPlan = changeover;
    }

    /**
     * Records the minutes (required, at most {@value #TEXT_LENGTH} characters) of a meeting that has
     * been held: not before its day ({@code kickOff.minutes.beforeMeeting}, naming the day).
     */
    public void recordMinutes(String text, LocalDate today) {
        if (today.isBefore(meetingDate)) {
            throw new DomainException("minutes", "kickOff.minutes.beforeMeeting", meetingDate);
        }
        Validation validation = new Validation();
        String written = validation.requiredText("minutes", text, TEXT_LENGTH);
        validation.throwIfInvalid();
        minutes = written;
    }

    /** Whether the meeting has been held: its minutes are recorded. */
    public boolean isHeld() {
        return minutes != null;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getHospitalTrust() {
        return hospitalTrust;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getParticipants() {
        return participants;
    }

    public String getChangeoverPlan() {
        return changeoverPlan;
    }

    public String getMinutes() {
        return minutes;
    }

    /** Who planned it and when. */
    public Stamp getPlanned() {
        return planned;
    }

    @Override
    public String toString() {
        return "kick-off of agreement " + agreementId + " with " + hospitalTrust + " on " + meetingDate;
    }
}
