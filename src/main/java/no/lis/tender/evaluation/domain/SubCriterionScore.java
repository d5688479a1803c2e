package no.lis.tender.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.tendering.domain.CriterionType;

import java.util.Objects;

/** One member's score of one sub-criterion of an offer, with her short justification. */
@Embeddable
public class SubCriterionScore {

    public static final int JUSTIFICATION_LENGTH = 1000;
    static final int TITLE_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "CRITERION_TYPE", nullable = false, length = 20)
    private CriterionType type;

    @Column(name = "SUB_CRITERION_TITLE", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "SCORE_VALUE", nullable = false)
    private int value;

    @Column(name = "JUSTIFICATION", nullable = false, length = JUSTIFICATION_LENGTH)
    private String justification;

    protected SubCriterionScore() {
    }

    /** Checked by {@link MemberScoreSheet#score}, the only maker. */
    SubCriterionScore(SubCriterionRef ref, int value, String justification) {
        this.type = ref.type();
        this.title = ref.title();
        this.value = value;
        this.justification = justification;
    }

    public SubCriterionRef ref() {
        return new SubCriterionRef(type, title);
    }

    public CriterionType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getValue() {
        return value;
    }

    public String getJustification() {
        return justification;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubCriterionScore s && type == s.type && title.equals(s.title) && value == s.value
                && justification.equals(s.justification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, value, justification);
    }

    @Override
    public String toString() {
        return ref() + " = " + value;
    }
}
