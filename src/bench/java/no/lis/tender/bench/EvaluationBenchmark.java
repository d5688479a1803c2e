package no.lis.tender.bench;

import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.evaluation.domain.PriceScore;
import no.lis.tender.evaluation.domain.Ranking;
import no.lis.tender.evaluation.domain.ScoredOffer;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The computation part of evaluating a generic tender of {@value #LOTS} lots with {@value #OFFERS_PER_LOT}
 * offers each (no database, no HTTP): per lot, every offered pack price is normalised onto the lot's
 * comparison basis ({@link PricePerUnit#normalise}, computation text included), the lowest price is found,
 * price points are computed by the tender's {@link PriceFormula} ({@link PriceScore#points}) and turned into a
 * fraction of the max points, and the offers are ranked on price, quality, environment and supply security
 * ({@link Ranking#of}), tie-breaks included (some offers in every lot share total and price, and some share the
 * time of receipt too).
 *
 * <p>The input (what the whole run would read from the database) is built once per trial, with a fixed seed.
 * Run with {@code mvn -B -Pbench test-compile exec:exec@bench}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {

    static final int LOTS = 2_000;
    static final int OFFERS_PER_LOT = 8;
    static final int PRICE_MAX_POINTS = 100;
    static final int SCALE_MAX = 10;
    static final int FRACTION_SCALE = 4;

    /** The tender's price formula; both are measured. */
    @Param({"LOWEST_PRICE_RATIO", "LINEAR"})
    public PriceFormula formula;

    private List<AwardCriterion> criteria;
    private List<LotInput> lots;

    @Setup(Level.Trial)
    public void setUp() {
        List<SubCriterion> subCriteria = List.of(new SubCriterion("Vurdering", null, new Scale(0, SCALE_MAX), null));
        criteria = List.of(
                AwardCriterion.price(50, formula, PRICE_MAX_POINTS),
                AwardCriterion.scored(CriterionType.QUALITY, 30, subCriteria),
                AwardCriterion.scored(CriterionType.ENVIRONMENT, 10, subCriteria),
                AwardCriterion.scored(CriterionType.SUPPLY_SECURITY, 10, subCriteria));
        Random random = new Random(20_260_101L);
        Instant deadline = Instant.parse("2026-03-01T12:00:00Z");
        ComparisonBasis[] bases = ComparisonBasis.values();
        lots = new ArrayList<>(LOTS);
        long offerId = 1;
        for (int lot = 0; lot < LOTS; lot++) {
            ComparisonBasis basis = bases[lot % bases.length];
            Integer treatmentDays = basis.needsTreatmentPeriod() ? 28 + random.nextInt(60) : null;
            List<OfferInput> offers = new ArrayList<>(OFFERS_PER_LOT);
            BigDecimal highestPerDdd = BigDecimal.ZERO;
            for (int i = 0; i < OFFERS_PER_LOT; i++) {
                OfferInput offer;
                if (i >= OFFERS_PER_LOT - 2) {
                    // ties: the same pack, price and scores as offer 5; the last one also received at the same time
                    OfferInput same = offers.get(OFFERS_PER_LOT - 3);
                    Instant received = i == OFFERS_PER_LOT - 1 ? same.receivedAt() : same.receivedAt().minusSeconds(60);
                    offer = new OfferInput(offerId++, "Leverandør " + i, same.packPrice(), same.dddsPerPack(),
                            received, same.scores());
                } else {
                    BigDecimal dddsPerPack = BigDecimal.valueOf(10 + random.nextInt(200_000), 2);
                    BigDecimal packPrice = BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 2);
                    Map<CriterionType, Integer> scores = new EnumMap<>(CriterionType.class);
                    for (CriterionType type : CriterionType.values()) {
                        if (type.isScored()) {
                            scores.put(type, random.nextInt(SCALE_MAX + 1));
                        }
                    }
                    offer = new OfferInput(offerId++, "Leverandør " + i, packPrice, dddsPerPack,
                            deadline.minusSeconds(random.nextInt(14 * 24 * 3600)), scores);
                }
                offers.add(offer);
                BigDecimal perDdd = offer.packPrice().divide(offer.dddsPerPack(), 4, RoundingMode.HALF_UP);
                highestPerDdd = highestPerDdd.max(perDdd);
            }
            // the stated maximum price (for LINEAR) on the lot's basis, somewhat below the highest offer,
            // so that some offers earn 0 price points
            int days = basis == ComparisonBasis.PER_DDD ? 1
                    : basis.needsTreatmentPeriod() ? treatmentDays : PricePerUnit.DAYS_PER_PATIENT_YEAR;
            BigDecimal maximumPrice = highestPerDdd.multiply(BigDecimal.valueOf(days))
                    .multiply(new BigDecimal("0.95")).setScale(4, RoundingMode.HALF_UP);
            lots.add(new LotInput(basis, treatmentDays, maximumPrice, List.copyOf(offers)));
        }
    }

    /** Evaluates every lot of the tender: normalise, price points, weighted ranking. */
    @Benchmark
    public List<Ranking> evaluateTender() {
        List<Ranking> rankings = new ArrayList<>(lots.size());
        for (LotInput lot : lots) {
            rankings.add(evaluate(lot));
        }
        return rankings;
    }

    private Ranking evaluate(LotInput lot) {
        AwardCriterion price = criteria.get(0);
        int maxPoints = price.getMaxPoints();
        List<OfferInput> offers = lot.offers();
        BigDecimal[] normalised = new BigDecimal[offers.size()];
        BigDecimal lowest = null;
        for (int i = 0; i < normalised.length; i++) {
            OfferInput offer = offers.get(i);
            normalised[i] = PricePerUnit.normalise(offer.packPrice(), offer.dddsPerPack(), lot.basis(),
                    lot.treatmentPeriodDays()).amount();
            lowest = lowest == null ? normalised[i] : lowest.min(normalised[i]);
        }
        BigDecimal max = BigDecimal.valueOf(maxPoints);
        BigDecimal scaleMax = BigDecimal.valueOf(SCALE_MAX);
        List<ScoredOffer> scored = new ArrayList<>(offers.size());
        for (int i = 0; i < normalised.length; i++) {
            OfferInput offer = offers.get(i);
            BigDecimal points = PriceScore.points(price.getPriceFormula(), maxPoints, lowest, normalised[i],
                    lot.maximumPrice());
            Map<CriterionType, BigDecimal> fractions = new EnumMap<>(CriterionType.class);
            fractions.put(CriterionType.PRICE, fraction(points, max));
            offer.scores().forEach((type, score) -> fractions.put(type, fraction(BigDecimal.valueOf(score), scaleMax)));
            scored.add(new ScoredOffer(offer.offerId(), offer.supplierName(), normalised[i], offer.receivedAt(),
                    fractions));
        }
        return Ranking.of(criteria, scored);
    }

    /** Points over max points, 0 to 1, {@value #FRACTION_SCALE} decimals half up: a {@link ScoredOffer} fraction. */
    private static BigDecimal fraction(BigDecimal points, BigDecimal maxPoints) {
        return points.divide(maxPoints, FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    record LotInput(ComparisonBasis basis, Integer treatmentPeriodDays, BigDecimal maximumPrice,
                    List<OfferInput> offers) {
    }

    record OfferInput(long offerId, String supplierName, BigDecimal packPrice, BigDecimal dddsPerPack,
                      Instant receivedAt, Map<CriterionType, Integer> scores) {
    }
}
