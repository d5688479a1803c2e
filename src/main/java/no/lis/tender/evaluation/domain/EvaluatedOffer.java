package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One offer's result on one lot: its price on the lot's basis with the computation, its price
 * points, its weighted part per criterion, its total and its place.
 *
 * @param pricePoints the points by the tender's price formula, out of the price criterion's max points
 * @param byCriterion per criterion, weight × score fraction: the parts of {@code total}
 * @param savings     (maximum price - offered price) × the lot's estimated annual volume, in NOK; null
 *                    when the catalogue records no maximum price for the pack
 */
public record EvaluatedOffer(int rank, long offerId, long supplierId, String supplierName, Instant receivedAt,
                             String varenummer, BigDecimal packPrice, BigDecimal dddsPerPack, PricePerUnit price,
                             BigDecimal pricePoints, Map<CriterionType, BigDecimal> byCriterion, BigDecimal total,
                             BigDecimal savings) {

    public EvaluatedOffer {
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(total, "total");
        byCriterion = Map.copyOf(byCriterion);
    }

    /** This offer's weighted part for criterion {@code type}, zero if the tender does not weigh it. */
    public BigDecimal part(CriterionType type) {
        return byCriterion.getOrDefault(type, BigDecimal.ZERO);
    }
}
