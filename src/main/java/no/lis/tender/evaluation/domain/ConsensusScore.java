package no.lis.tender.evaluation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.CriterionType;

import java.time.Instant;
import java.util.Objects;

/**
 * The consensus score of one sub-criterion of one offer, as the buyer set it ({@link Consensus}):
 * the members' mean, or another value with a note. The buyer may set it anew while the tender is
 * in evaluation; the last setting stands, and a setting made on an outdated one is refused.
 */
@Entity
@Table(name = "EVA_CONSENSUS", uniqueConstraints = @UniqueConstraint(name = "UQ_EVA_CONSENSUS",
        columnNames = {"TENDER_ID", "OFFER_ID", "CRITERION_TYPE", "SUB_CRITERION_TITLE"}))
@NamedQuery(name = "ConsensusScore.findByTender", query = "SELECT c FROM ConsensusScore c"
        + " WHERE c.tenderId = :tenderId ORDER BY c.offerId, c.id")
public class ConsensusScore extends Versioned {

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "OFFER_ID", nullable = false)
    private Long offerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CRITERION_TYPE", nullable = false, length = 20)
    private CriterionType type;

    @Column(name = "SUB_CRITERION_TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "PROPOSED_MEAN", nullable = false)
    private int proposedMean;

    @Column(name = "SCORE_VALUE", nullable = false)
    private int value;

    @Column(name = "NOTE", length = Consensus.NOTE_LENGTH)
    private String note;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "SET_BY", nullable = false, length = ImpartialityDeclaration.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "SET_AT", nullable = false))
    private Stamp set;

    protected ConsensusScore() {
    }

    /** The first setting of a consensus on tender {@code tenderId}. */
    public static ConsensusScore of(Long tenderId, Consensus consensus) {
        ConsensusScore score = new ConsensusScore();
        score.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        score.offerId = consensus.offerId();
        score.type = consensus.ref().type();
        score.title = consensus.ref().title();
        score.take(consensus);
        return score;
    }

    /** Sets it anew; {@code consensus} must be of the same offer and sub-criterion. */
    public void revise(Consensus consensus) {
        if (!consensus.offerId().equals(offerId) || !consensus.ref().equals(ref())) {
            throw new IllegalArgumentException(consensus + " is not a consensus of " + this);
        }
        take(consensus);
    }

    private void take(Consensus consensus) {
        proposedMean = consensus.proposedMean();
        value = consensus.value();
        note = consensus.note();
        set = Stamp.of(consensus.setBy(), consensus.setAt());
    }

    public SubCriterionRef ref() {
        return new SubCriterionRef(type, title);
    }

    public boolean differsFromMean() {
        return value != proposedMean;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public int getProposedMean() {
        return proposedMean;
    }

    public int getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    /** Who set it and when. */
    public Stamp getSet() {
        return set;
    }

    @Override
    public String toString() {
        return "ConsensusScore[offer " + offerId + ", " + ref() + " = " + value + "]";
    }
}
