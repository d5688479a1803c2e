package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adherence to the LIS recommendations: per hospital trust and therapeutic area, the share of use
 * on the first-choice drug and the savings realised and missed.
 *
 * <p>Each month's use of a drug is placed on the recommendation version that applied that month
 * (see {@link RecommendedUse} for the rule and the arithmetic). The share on first choice is
 * first-choice packs / all placed packs × 100, rounded half up to one decimal; packs of different
 * drugs are counted alike. Use of a drug no applicable recommendation names is returned as
 * {@linkplain AdherenceReport#unplaced() unplaced} and counts in no share.
 */
public final class Adherence {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Adherence() {
    }

    /** What the trusts were using, whether it was on a recommendation, and what was saved or missed. */
    public record AdherenceReport(List<AdherenceRow> rows, List<Consumption> unplaced) {

        public AdherenceReport {
            rows = List.copyOf(rows);
            unplaced = List.copyOf(unplaced);
        }
    }

    /**
     * The adherence of {@code consumption} to {@code recommendations} (every version that may apply:
     * those never published are ignored), with the maximum price per pack of each drug from
     * {@code maximumPricesPerPack} (from the catalogue; a drug without one realises no saving). Rows
     * by hospital trust, then area id.
     */
    public static AdherenceReport of(Collection<Consumption> consumption, Collection<Recommendation> recommendations,
                                     Map<Varenummer, BigDecimal> maximumPricesPerPack) {
        Map<String, Map<Long, List<RecommendedUse>>> byTrustAndArea = new TreeMap<>();
        List<Consumption> unplaced = new ArrayList<>();
        for (Consumption use : consumption) {
            RecommendedUse.place(use, recommendations, maximumPricesPerPack).ifPresentOrElse(
                    placed -> byTrustAndArea.computeIfAbsent(use.hospitalTrust(), t -> new TreeMap<>())
                            .computeIfAbsent(placed.therapeuticAreaId(), a -> new ArrayList<>()).add(placed),
                    () -> unplaced.add(use));
        }
        List<AdherenceRow> rows = new ArrayList<>();
        byTrustAndArea.forEach((trust, byArea) -> byArea.forEach((area, uses) -> rows.add(row(trust, area, uses))));
        unplaced.sort(Comparator.comparing(Consumption::hospitalTrust).thenComparing(Consumption::month)
                .thenComparing(use -> use.varenummer().value()));
        return new AdherenceReport(rows, unplaced);
    }

    private static AdherenceRow row(String trust, Long area, List<RecommendedUse> uses) {
        BigDecimal packs = sum(uses.stream().map(use -> use.use().packs()).toList());
        BigDecimal firstChoicePacks = sum(uses.stream().filter(RecommendedUse::isOnFirstChoice)
                .map(use -> use.use().packs()).toList());
        return new AdherenceRow(trust, area, packs, firstChoicePacks, share(firstChoicePacks, packs),
                Money.sum(uses.stream().map(RecommendedUse::realisedSavings).toList()).amount(),
                Money.sum(uses.stream().map(RecommendedUse::missedSavings).toList()).amount());
    }

    /**
     * One department's or indication's adherence within a trust (issue 16 item 5): the rows of
     * {@link #of}, but only of the consumption imported with a department or an indication, grouped by
     * trust, department, indication (null where the file did not tell) and area.
     */
    public record DepartmentRow(String department, String indication, AdherenceRow row) {
    }

    /** As {@link #of}, per department and indication, for the consumption that names either. */
    public static List<DepartmentRow> byDepartment(Collection<Consumption> consumption,
                                                   Collection<Recommendation> recommendations,
                                                   Map<Varenummer, BigDecimal> maximumPricesPerPack) {
        Map<List<String>, Map<Long, List<RecommendedUse>>> byUnit = new TreeMap<>(Comparator
                .comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(key -> key.get(2), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Consumption use : consumption) {
            if (!use.isBelowTrust()) {
                continue;
            }
            RecommendedUse.place(use, recommendations, maximumPricesPerPack).ifPresent(placed -> byUnit
                    .computeIfAbsent(java.util.Arrays.asList(use.hospitalTrust(), use.department(), use.indication()),
                            key -> new TreeMap<>())
                    .computeIfAbsent(placed.therapeuticAreaId(), a -> new ArrayList<>()).add(placed));
        }
        List<DepartmentRow> rows = new ArrayList<>();
        byUnit.forEach((unit, byArea) -> byArea.forEach((area, uses) ->
                rows.add(new DepartmentRow(unit.get(1), unit.get(2), row(unit.get(0), area, uses)))));
        return rows;
    }

    /** {@code part} / {@code whole} in per cent, one decimal, half up; {@code null} when {@code whole} is zero. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        Objects.requireNonNull(part, "part");
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
