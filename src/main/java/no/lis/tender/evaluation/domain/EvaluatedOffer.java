package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
 * @param scenarios   on a lot with price scenarios, the offer under each scenario in the lot's order (the
 *                    chosen one is what {@code packPrice}, {@code price} and {@code rank} are); empty otherwise
 */
public record EvaluatedOffer(int rank, long offerId, long supplierId, String supplierName, Instant receivedAt,
                             String varenummer, BigDecimal packPrice, BigDecimal dddsPerPack, PricePerUnit price,
                             BigDecimal pricePoints, Map<CriterionType, BigDecimal> byCriterion, BigDecimal total,
                             BigDecimal savings, List<ScenarioResult> scenarios) {

    public EvaluatedOffer {
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(total, "total");
        byCriterion = Map.copyOf(byCriterion);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** An offer on a lot with one price. */
    public EvaluatedOffer(int rank, long offerId, long supplierId, String supplierName, Instant receivedAt,
                          String varenummer, BigDecimal packPrice, BigDecimal dddsPerPack, PricePerUnit price,
                          BigDecimal pricePoints, Map<CriterionType, BigDecimal> byCriterion, BigDecimal total,
                          BigDecimal savings) {
        this(rank, offerId, supplierId, supplierName, receivedAt, varenummer, packPrice, dddsPerPack, price,
                pricePoints, byCriterion, total, savings, List.of());
    }

    /** The same result, with the offer under each of the lot's scenarios beside it. */
    EvaluatedOffer withScenarios(List<ScenarioResult> results) {
        return new EvaluatedOffer(rank, offerId, supplierId, supplierName, receivedAt, varenummer, packPrice,
                dddsPerPack, price, pricePoints, byCriterion, total, savings, results);
    }

    /** The scenario the lot was ranked under, or null on a lot with one price. */
    public String chosenScenario() {
        return scenarios.stream().filter(ScenarioResult::chosen).map(ScenarioResult::scenario).findFirst().orElse(null);
    }

    /** This offer's weighted part for criterion {@code type}, zero if the tender does not weigh it. */
    public BigDecimal part(CriterionType type) {
        return byCriterion.getOrDefault(type, BigDecimal.ZERO);
    }
}
