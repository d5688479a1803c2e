package no.lis.tender.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One specialist group member's scores of one offer of a tender: a score with a justification per
 * scored sub-criterion ({@link ScoredSubCriteria}). She may change them while the sheet is a draft;
 * once she submits, they stand. One per tender, offer and member.
 */
@Entity
@Table(name = "EVA_SCORE_SHEET", uniqueConstraints = @UniqueConstraint(
        name = "UQ_EVA_SCORE_SHEET", columnNames = {"TENDER_ID", "OFFER_ID", "MEMBER_USERNAME"}))
@NamedQuery(name = "MemberScoreSheet.find", query = "SELECT s FROM MemberScoreSheet s"
        + " WHERE s.tenderId = :tenderId AND s.offerId = :offerId AND s.member = :member")
@NamedQuery(name = "MemberScoreSheet.findByTender", query = "SELECT s FROM MemberScoreSheet s"
        + " WHERE s.tenderId = :tenderId ORDER BY s.offerId, s.member")
@NamedQuery(name = "MemberScoreSheet.findByMember", query = "SELECT s FROM MemberScoreSheet s"
        + " WHERE s.member = :member ORDER BY s.tenderId, s.offerId")
public class MemberScoreSheet extends Versioned {

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "OFFER_ID", nullable = false)
    private Long offerId;

    @Column(name = "MEMBER_USERNAME", nullable = false, length = ImpartialityDeclaration.USERNAME_LENGTH)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ScoreSheetStatus status;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "EVA_SCORE", joinColumns = @JoinColumn(name = "SHEET_ID"))
    @OrderColumn(name = "SCORE_INDEX")
    private List<SubCriterionScore> scores = new ArrayList<>();

    protected MemberScoreSheet() {
    }

    /** An empty draft sheet for {@code member}'s scores of offer {@code offerId} of {@code tender}. */
    public static MemberScoreSheet start(Tender tender, Long offerId, String member) {
        requireInEvaluation(tender);
        MemberScoreSheet sheet = new MemberScoreSheet();
        sheet.tenderId = Objects.requireNonNull(tender.getId(), "tender id");
        sheet.offerId = Objects.requireNonNull(offerId, "offerId");
        sheet.member = Objects.requireNonNull(member, "member");
        sheet.status = ScoreSheetStatus.DRAFT;
        return sheet;
    }

    /**
     * Scores sub-criterion {@code ref} of the tender {@code value}, replacing an earlier score of it.
     * Refused once submitted ({@code evaluation.score.submitted}), for a sub-criterion the tender
     * does not score ({@code evaluation.score.unknownSubCriterion}), for a value outside its scale
     * ({@code evaluation.score.outOfScale} under {@code value}, naming min and max) and without a
     * justification ({@code validation.required} under {@code justification}).
     */
    public void score(Tender tender, SubCriterionRef ref, int value, String justification) {
        requireDraft();
        requireSameTender(tender);
        requireInEvaluation(tender);
        Scale scale = ScoredSubCriteria.require(tender, ref).getScale();
        Validation validation = new Validation();
        checkWithin(validation, scale, value);
        String justified = validation.requiredText("justification", justification,
                SubCriterionScore.JUSTIFICATION_LENGTH);
        validation.throwIfInvalid();
        scores.removeIf(score -> score.ref().equals(ref));
        scores.add(new SubCriterionScore(ref, value, justified));
    }

    /**
     * Submits the scores: from now on they stand and she may see the other members' scores. Every
     * scored sub-criterion of the tender must be scored ({@code evaluation.score.incomplete}, naming
     * those missing).
     */
    public void submit(Tender tender, Clock clock) {
        requireDraft();
        requireSameTender(tender);
        requireInEvaluation(tender);
        List<String> missing = ScoredSubCriteria.of(tender).keySet().stream()
                .filter(ref -> scoreOf(ref).isEmpty()).map(SubCriterionRef::title).toList();
        if (!missing.isEmpty()) {
            throw new DomainException(null, "evaluation.score.incomplete", String.join(", ", missing));
        }
        status = ScoreSheetStatus.SUBMITTED;
        submittedAt = clock.instant();
    }

    static void checkWithin(Validation validation, Scale scale, int value) {
        validation.check(value >= scale.getMin() && value <= scale.getMax(), "value", "evaluation.score.outOfScale",
                scale.getMin(), scale.getMax());
    }

    private static void requireInEvaluation(Tender tender) {
        if (tender.getStatus() != TenderStatus.OPENED) {
            throw new DomainException(null, "evaluation.notInEvaluation", tender.getStatus());
        }
    }

    private void requireSameTender(Tender tender) {
        if (!tenderId.equals(tender.getId())) {
            throw new IllegalArgumentException("sheet " + getId() + " belongs to tender " + tenderId + ", not "
                    + tender.getId());
        }
    }

    private void requireDraft() {
        if (isSubmitted()) {
            throw new DomainException(null, "evaluation.score.submitted");
        }
    }

    /** Her score of sub-criterion {@code ref}, if she has given one. */
    public Optional<SubCriterionScore> scoreOf(SubCriterionRef ref) {
        return scores.stream().filter(score -> score.ref().equals(ref)).findFirst();
    }

    public boolean isSubmitted() {
        return status == ScoreSheetStatus.SUBMITTED;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Long getOfferId() {
        return offerId;
    }

    /** The username of the member whose scores these are. */
    public String getMember() {
        return member;
    }

    public ScoreSheetStatus getStatus() {
        return status;
    }

    /** When she submitted, or null while a draft. */
    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** Her scores in the order she gave them. */
    public List<SubCriterionScore> getScores() {
        return List.copyOf(scores);
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, offerId, member};
    }

    @Override
    public String toString() {
        return member + "'s scores of offer " + offerId + " (" + status + ")";
    }
}
