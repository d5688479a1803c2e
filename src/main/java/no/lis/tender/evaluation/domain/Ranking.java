package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The offers of one lot in order, best first. An offer's total is the sum over the award criteria
 * of weight % × (score / max points) × 100, so totals run from 0 to 100; each criterion's part is
 * rounded half up to {@value #SCALE} decimals and the total is their exact sum.
 *
 * <p>Equal totals are broken, in this order, by the lower normalised price, then the earlier time
 * of receipt, and last by the lower offer id, so that the same offers always rank the same. Every
 * offer gets its own place: 1, 2, 3, ... (phases 5 and 6 award several ranked suppliers).
 *
 * @param offers best first
 */
public record Ranking(List<RankedOffer> offers) {

    public static final int SCALE = 4;

    private static final Comparator<Scored> ORDER = Comparator.comparing(Scored::total).reversed()
            .thenComparing(scored -> scored.offer().normalisedPrice())
            .thenComparing(scored -> scored.offer().receivedAt())
            .thenComparingLong(scored -> scored.offer().offerId());

    public Ranking {
        offers = List.copyOf(offers);
    }

    /**
     * Ranks {@code offers} by the tender's {@code criteria}; every offer needs a score fraction for
     * every criterion.
     */
    public static Ranking of(List<AwardCriterion> criteria, List<ScoredOffer> offers) {
        List<Scored> scored = offers.stream().map(offer -> score(criteria, offer)).sorted(ORDER).toList();
        List<RankedOffer> ranked = new ArrayList<>();
        for (Scored entry : scored) {
            ranked.add(new RankedOffer(ranked.size() + 1, entry.offer().offerId(), entry.offer().supplierName(),
                    entry.total(), entry.byCriterion()));
        }
        return new Ranking(ranked);
    }

    private static Scored score(List<AwardCriterion> criteria, ScoredOffer offer) {
        Map<CriterionType, BigDecimal> byCriterion = new EnumMap<>(CriterionType.class);
        for (AwardCriterion criterion : criteria) {
            BigDecimal fraction = offer.scoreFraction().get(criterion.getType());
            if (fraction == null) {
                throw new IllegalArgumentException("offer " + offer.offerId() + " has no score for "
                        + criterion.getType());
            }
            byCriterion.put(criterion.getType(), BigDecimal.valueOf(criterion.getWeight()).multiply(fraction)
                    .setScale(SCALE, RoundingMode.HALF_UP));
        }
        BigDecimal total = byCriterion.values().stream().reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        return new Scored(offer, total, byCriterion);
    }

    private record Scored(ScoredOffer offer, BigDecimal total, Map<CriterionType, BigDecimal> byCriterion) {
    }
}
