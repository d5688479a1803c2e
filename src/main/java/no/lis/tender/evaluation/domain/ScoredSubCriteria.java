package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sub-criteria of a tender the specialist group scores: those of its quality, environment and
 * supply-security criteria that weigh more than 0 %, in the order the tender shows them.
 */
public final class ScoredSubCriteria {

    private ScoredSubCriteria() {
    }

    public static Map<SubCriterionRef, SubCriterion> of(Tender tender) {
        Map<SubCriterionRef, SubCriterion> scored = new LinkedHashMap<>();
        for (AwardCriterion criterion : tender.getCriteria()) {
            if (criterion.getType().isScored() && criterion.getWeight() > 0) {
                criterion.getSubCriteria().forEach(sub -> scored.put(
                        new SubCriterionRef(criterion.getType(), sub.getTitle()), sub));
            }
        }
        return scored;
    }

    /** The scored sub-criterion {@code ref} of {@code tender}, or {@code evaluation.score.unknownSubCriterion}. */
    public static SubCriterion require(Tender tender, SubCriterionRef ref) {
        return Optional.ofNullable(of(tender).get(ref))
                .orElseThrow(() -> new DomainException(null,
                        "evaluation.score.unknownSubCriterion", ref.title()));
    }
}
