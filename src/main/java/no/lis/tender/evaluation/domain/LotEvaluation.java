package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the lots of one tender, lot by lot, from the qualified offers and the consensus scores:
 * <ol>
 *   <li>Each offered pack price is put on the lot's comparison basis ({@link PricePerUnit}).</li>
 *   <li>Price points follow the tender's formula ({@link PriceScore}). The stated maximum that the
 *       linear formula needs is the lot's maximum price: the highest maximum price (AIP) the catalogue
 *       records for the offered packs, on the same basis; if it records none, the highest offered price.</li>
 *   <li>A scored criterion's fraction is the mean over its sub-criteria of
 *       (consensus - scale minimum) / (scale maximum - scale minimum): sub-criteria weigh equally within
 *       their criterion. Price's fraction is points / max points. Fractions keep {@value #FRACTION_SCALE}
 *       decimals, half up.</li>
 *   <li>The offers are ranked by {@link Ranking}.</li>
 *   <li>An offer's savings are (the pack's maximum price - the offered pack price) × the lot's estimated
 *       annual volume in packs; a volume in DDDs is first divided by the pack's DDDs. Rounded half up to øre.</li>
 * </ol>
 * A lot is not ranked while an offered pack cannot be compared (not in the catalogue with its DDDs)
 * or a consensus score is missing; the outcome then says what it waits for.
 */
public final class LotEvaluation {

    public static final int FRACTION_SCALE = 6;

    private final List<AwardCriterion> criteria;
    private final AwardCriterion price;
    private final Map<CriterionType, List<Map.Entry<SubCriterionRef, Scale>>> scored;
    private final List<SubCriterionRef> needed;
    /**
     * The scored criteria's fractions by an offer's consensus scores: the same on every lot the offer
     * is on, so worked out once per offer (a 2 000-lot tender asked 16 000 times for 8 answers).
     */
    private final Map<Map<SubCriterionRef, Integer>, Map<CriterionType, BigDecimal>> fractionsByConsensus =
            new ConcurrentHashMap<>();

    private LotEvaluation(Tender tender) {
        criteria = List.copyOf(tender.getCriteria());
        price = criteria.stream().filter(c -> c.getType() == CriterionType.PRICE).findFirst().orElse(null);
        scored = new EnumMap<>(CriterionType.class);
        for (Map.Entry<SubCriterionRef, SubCriterion> entry : ScoredSubCriteria.of(tender).entrySet()) {
            scored.computeIfAbsent(entry.getKey().type(), type -> new ArrayList<>())
                    .add(Map.entry(entry.getKey(), entry.getValue().getScale()));
        }
        needed = scored.values().stream().flatMap(List::stream).map(Map.Entry::getKey).toList();
    }

    /** The evaluation of {@code tender}'s lots by its criteria as they stand. */
    public static LotEvaluation of(Tender tender) {
        return new LotEvaluation(tender);
    }

    /** The sub-criteria each offer needs a consensus score for. */
    public List<SubCriterionRef> scoredSubCriteria() {
        return needed;
    }

    /**
     * Evaluates {@code lot} from the qualified offers on it, on a lot with price scenarios under the
     * scenario {@code chosen} (the lot's first if null or not one of its own), with each offer's price
     * and place under every scenario beside it: the lot is ranked once per scenario, with the same
     * scores, and only the prices differ.
     */
    public LotOutcome evaluate(Lot lot, List<LotCandidate> candidates, String chosen) {
        List<String> scenarios = lot.getScenarios();
        if (scenarios.isEmpty()) {
            return evaluate(lot, candidates);
        }
        String under = chosen != null && scenarios.contains(chosen) ? chosen : scenarios.get(0);
        LotOutcome outcome = evaluate(lot, candidates.stream().map(c -> c.under(under)).toList());
        if (!outcome.status().isRanked()) {
            return outcome;
        }
        Map<String, Map<Long, EvaluatedOffer>> byScenario = new HashMap<>();
        for (String scenario : scenarios) {
            Map<Long, EvaluatedOffer> offers = new HashMap<>();
            (scenario.equals(under) ? outcome : rank(lot, candidates.stream().map(c -> c.under(scenario)).toList()))
                    .offers().forEach(offer -> offers.put(offer.offerId(), offer));
            byScenario.put(scenario, offers);
        }
        List<EvaluatedOffer> offers = outcome.offers().stream().map(offer -> offer.withScenarios(scenarios.stream()
                .map(scenario -> {
                    EvaluatedOffer there = byScenario.get(scenario).get(offer.offerId());
                    return new ScenarioResult(scenario, scenario.equals(under), there.packPrice(), there.price(),
                            there.rank());
                }).toList())).toList();
        return new LotOutcome(outcome.lotNumber(), outcome.status(), outcome.maximumPrice(), offers, List.of());
    }

    /** Evaluates {@code lot} from the qualified offers on it, at their pack prices. */
    public LotOutcome evaluate(Lot lot, List<LotCandidate> candidates) {
        if (candidates.isEmpty()) {
            return LotOutcome.unranked(lot.getNumber(), LotStatus.NO_OFFERS, List.of());
        }
        List<String> notComparable = candidates.stream().filter(c -> !c.isComparable())
                .map(LotCandidate::varenummer).distinct().toList();
        if (!notComparable.isEmpty()) {
            return LotOutcome.unranked(lot.getNumber(), LotStatus.PRICE_NOT_COMPARABLE, notComparable);
        }
        List<String> unscored = candidates.stream()
                .filter(c -> !c.consensus().keySet().containsAll(needed)).map(LotCandidate::supplierName).toList();
        if (!unscored.isEmpty()) {
            return LotOutcome.unranked(lot.getNumber(), LotStatus.AWAITING_CONSENSUS, unscored);
        }
        return rank(lot, candidates);
    }

    private LotOutcome rank(Lot lot, List<LotCandidate> candidates) {
        Map<Long, PricePerUnit> prices = new HashMap<>();
        BigDecimal lowest = null;
        BigDecimal highest = null;
        BigDecimal maximum = null;
        for (LotCandidate candidate : candidates) {
            PricePerUnit normalised = PricePerUnit.normalise(candidate.packPrice(), candidate.dddsPerPack(),
                    lot.getComparisonBasis(), lot.getTreatmentPeriodDays());
            prices.put(candidate.offerId(), normalised);
            lowest = lowest == null ? normalised.amount() : lowest.min(normalised.amount());
            highest = highest == null ? normalised.amount() : highest.max(normalised.amount());
            if (candidate.maximumPricePerPack() != null) {
                BigDecimal ceiling = PricePerUnit.normalise(candidate.maximumPricePerPack(), candidate.dddsPerPack(),
                        lot.getComparisonBasis(), lot.getTreatmentPeriodDays()).amount();
                maximum = maximum == null ? ceiling : maximum.max(ceiling);
            }
        }
        BigDecimal statedMaximum = maximum == null ? highest : maximum;
        Map<Long, BigDecimal> points = new HashMap<>();
        List<ScoredOffer> scoredOffers = new ArrayList<>(candidates.size());
        Map<Long, LotCandidate> byId = new LinkedHashMap<>();
        for (LotCandidate candidate : candidates) {
            byId.put(candidate.offerId(), candidate);
            BigDecimal offered = prices.get(candidate.offerId()).amount();
            Map<CriterionType, BigDecimal> fractions = new EnumMap<>(CriterionType.class);
            for (AwardCriterion criterion : criteria) {
                fractions.put(criterion.getType(), BigDecimal.ZERO);
            }
            if (price != null) {
                BigDecimal earned = PriceScore.points(price.getPriceFormula(), price.getMaxPoints(), lowest, offered,
                        statedMaximum);
                points.put(candidate.offerId(), earned);
                fractions.put(CriterionType.PRICE,
                        earned.divide(BigDecimal.valueOf(price.getMaxPoints()), FRACTION_SCALE, RoundingMode.HALF_UP));
            }
            fractions.putAll(scoredFractions(candidate.consensus()));
            scoredOffers.add(new ScoredOffer(candidate.offerId(), candidate.supplierName(), offered,
                    candidate.receivedAt(), fractions));
        }
        List<EvaluatedOffer> evaluated = new ArrayList<>(candidates.size());
        for (RankedOffer ranked : Ranking.of(criteria, scoredOffers).offers()) {
            LotCandidate candidate = byId.get(ranked.offerId());
            evaluated.add(new EvaluatedOffer(ranked.rank(), candidate.offerId(), candidate.supplierId(),
                    candidate.supplierName(), candidate.receivedAt(), candidate.varenummer(), candidate.packPrice(),
                    candidate.dddsPerPack(), prices.get(candidate.offerId()),
                    points.getOrDefault(candidate.offerId(), BigDecimal.ZERO), ranked.byCriterion(), ranked.total(),
                    savings(lot, candidate).orElse(null)));
        }
        return new LotOutcome(lot.getNumber(), LotStatus.RANKED, maximum, evaluated, List.of());
    }

    private Map<CriterionType, BigDecimal> scoredFractions(Map<SubCriterionRef, Integer> consensus) {
        return fractionsByConsensus.computeIfAbsent(consensus, scores -> {
            Map<CriterionType, BigDecimal> fractions = new EnumMap<>(CriterionType.class);
            scored.forEach((type, refs) -> fractions.put(type, fraction(refs, scores)));
            return fractions;
        });
    }

    private static BigDecimal fraction(List<Map.Entry<SubCriterionRef, Scale>> refs, Map<SubCriterionRef, Integer> consensus) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<SubCriterionRef, Scale> entry : refs) {
            Scale scale = entry.getValue();
            sum = sum.add(BigDecimal.valueOf(consensus.get(entry.getKey()) - scale.getMin())
                    .divide(BigDecimal.valueOf(scale.getMax() - scale.getMin()), FRACTION_SCALE + 4, RoundingMode.HALF_UP));
        }
        return sum.divide(BigDecimal.valueOf(refs.size()), FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    private static Optional<BigDecimal> savings(Lot lot, LotCandidate candidate) {
        if (candidate.maximumPricePerPack() == null) {
            return Optional.empty();
        }
        BigDecimal volume = lot.getEstimatedAnnualVolume();
        if (lot.getVolumeUnit() == VolumeUnit.DDD) {
            return Optional.of(Savings.perLotInDdds(candidate.maximumPricePerPack(), candidate.packPrice(),
                    candidate.dddsPerPack(), volume).amount());
        }
        return Optional.of(Savings.perLot(candidate.maximumPricePerPack(), candidate.packPrice(), volume).amount());
    }
}
