package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An offer's place in the ranking of its lot.
 *
 * @param rank        1 for the best, then 2, 3, ... with no shared places
 * @param total       the weighted total, 0 to 100: the sum of {@code byCriterion}
 * @param byCriterion per criterion, weight × score fraction, {@value Ranking#SCALE} decimals
 */
public record RankedOffer(int rank, long offerId, String supplierName, BigDecimal total,
                          Map<CriterionType, BigDecimal> byCriterion) {

    public RankedOffer {
        byCriterion = Map.copyOf(byCriterion);
    }
}
