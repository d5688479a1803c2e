package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The savings the agreements realised against maximum prices, from consumption: per framework
 * agreement, in total, and per period and therapeutic area for a chart.
 *
 * <p>Each month's use of a drug bought under an agreement saves (maximum price per pack − agreed
 * price per pack) × packs, rounded half up to whole øre, on the recommendation version that
 * applied that month (see {@link RecommendedUse}). A price above the maximum saves a negative
 * amount, shown as such. Use of drugs not on an agreement, or not placed on any recommendation,
 * saves nothing here.
 */
public final class SavingsOverTime {

    private final List<RecommendedUse> uses;

    private SavingsOverTime(List<RecommendedUse> uses) {
        this.uses = uses;
    }

    /**
     * The savings of {@code consumption} on {@code recommendations} (every version that may apply),
     * with maximum prices per pack from {@code maximumPricesPerPack} (a drug without one saves nothing).
     */
    public static SavingsOverTime of(Collection<Consumption> consumption, Collection<Recommendation> recommendations,
                                     Map<Varenummer, BigDecimal> maximumPricesPerPack) {
        List<RecommendedUse> placed = new ArrayList<>();
        for (Consumption use : consumption) {
            RecommendedUse.place(use, recommendations, maximumPricesPerPack)
                    .filter(found -> found.line().product().isOnAgreement())
                    .ifPresent(placed::add);
        }
        return new SavingsOverTime(placed);
    }

    /** The savings per framework agreement id, in id order. */
    public Map<Long, BigDecimal> perAgreement() {
        return per(RecommendationLine::getFrameworkAgreementId);
    }

    /** The savings per direct agreement id (phase-1 negotiations), in id order. */
    public Map<Long, BigDecimal> perDirectAgreement() {
        return per(RecommendationLine::getDirectAgreementId);
    }

    /**
     * The savings per direct agreement id (phase-1 negotiations), in id order, with the DDDs used on
     * it, so that they are read per DDD: packs of two drugs may hold different numbers of DDDs.
     */
    public Map<Long, DddSavings> perDirectAgreementAndDdd() {
        Map<Long, DddSavings> savings = new TreeMap<>();
        for (RecommendedUse use : uses) {
            Long id = use.line().getDirectAgreementId();
            if (id != null) {
                savings.merge(id, new DddSavings(use.realisedSavings().amount(), use.ddds()), DddSavings::plus);
            }
        }
        return Collections.unmodifiableMap(savings);
    }

    private Map<Long, BigDecimal> per(java.util.function.Function<RecommendationLine, Long> agreement) {
        Map<Long, Money> savings = new TreeMap<>();
        for (RecommendedUse use : uses) {
            Long id = agreement.apply(use.line());
            if (id != null) {
                savings.merge(id, use.realisedSavings(), Money::plus);
            }
        }
        return Collections.unmodifiableMap(amounts(savings));
    }

    /** All the savings, in NOK with two decimals. */
    public BigDecimal total() {
        return Money.sum(uses.stream().map(RecommendedUse::realisedSavings).toList()).amount();
    }

    /** The savings per period of {@code granularity} and therapeutic area, by period then area id. */
    public List<SavingsPoint> series(Granularity granularity) {
        Objects.requireNonNull(granularity, "granularity");
        Map<YearMonth, Map<Long, Money>> byPeriod = new TreeMap<>();
        for (RecommendedUse use : uses) {
            byPeriod.computeIfAbsent(granularity.periodOf(use.use().month()), p -> new TreeMap<>())
                    .merge(use.therapeuticAreaId(), use.realisedSavings(), Money::plus);
        }
        List<SavingsPoint> points = new ArrayList<>();
        byPeriod.forEach((period, byArea) -> byArea.forEach((area, amount) ->
                points.add(new SavingsPoint(period, granularity.label(period), area, amount.amount()))));
        return List.copyOf(points);
    }

    private static Map<Long, BigDecimal> amounts(Map<Long, Money> savings) {
        Map<Long, BigDecimal> amounts = new TreeMap<>();
        savings.forEach((id, amount) -> amounts.put(id, amount.amount()));
        return amounts;
    }
}
