package no.lis.tender.bench;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.evaluation.domain.LotCandidate;
import no.lis.tender.evaluation.domain.LotEvaluation;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.VolumeUnit;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The computation part of evaluating a generic tender of {@value #LOTS} lots with {@value #OFFERS_PER_LOT}
 * offers each (no database, no HTTP), by the domain's own {@link LotEvaluation}: per lot, every offered pack
 * price is normalised onto the lot's comparison basis (computation text included), the lowest price and the
 * lot's maximum price are found, price points are computed by the tender's {@link PriceFormula}, the
 * consensus scores become fractions of their scales, and the offers are ranked on price, quality,
 * environment and supply security, tie-breaks included (some offers in every lot share total and price,
 * and some share the time of receipt too), with savings against the maximum price.
 *
 * <p>The input (what the whole run reads from the database) is built once per trial, with a fixed seed.
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

    /** The tender's price formula; both are measured. */
    @Param({"LOWEST_PRICE_RATIO", "LINEAR"})
    public PriceFormula formula;

    private Tender tender;
    private List<List<LotCandidate>> candidates;

    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);
        tender = Tender.plan(TenderReference.parse("2026-BENCH-GENERIKA-01"), "Generika 2027", 1L, 1L,
                MarketPhase.GENERIC_ENTRY, List.of(), "bench", clock);
        List<SubCriterion> subCriteria = List.of(new SubCriterion("Vurdering", null, new Scale(0, SCALE_MAX), null));
        tender.defineCriteria(List.of(
                AwardCriterion.price(50, formula, PRICE_MAX_POINTS),
                AwardCriterion.scored(CriterionType.QUALITY, 30, subCriteria),
                AwardCriterion.scored(CriterionType.ENVIRONMENT, 10, subCriteria),
                AwardCriterion.scored(CriterionType.SUPPLY_SECURITY, 10, subCriteria)),
                "Generika med like produkter: kvalitet og forsyning veier mer enn miljø.", "bench", clock);
        Random random = new Random(20_260_101L);
        ComparisonBasis[] bases = ComparisonBasis.values();
        for (int lot = 0; lot < LOTS; lot++) {
            ComparisonBasis basis = bases[lot % bases.length];
            tender.addLot(new LotSpecification("Delkontrakt " + (lot + 1), null, Set.of(new AtcCode("J01CR05")),
                    BigDecimal.valueOf(10_000 + random.nextInt(1_000_000)), VolumeUnit.DDD, basis,
                    basis.needsTreatmentPeriod() ? 28 + random.nextInt(60) : null, MarketSplit.NONE.markets()), "bench", clock);
        }
        Instant deadline = Instant.parse("2026-03-01T12:00:00Z");
        candidates = new ArrayList<>(LOTS);
        long offerId = 1;
        for (int lot = 0; lot < LOTS; lot++) {
            List<LotCandidate> offers = new ArrayList<>(OFFERS_PER_LOT);
            for (int i = 0; i < OFFERS_PER_LOT; i++) {
                LotCandidate offer;
                if (i >= OFFERS_PER_LOT - 2) {
                    // ties: the same pack, price and scores as offer 5; the last one also received at the same time
                    LotCandidate same = offers.get(OFFERS_PER_LOT - 3);
                    Instant received = i == OFFERS_PER_LOT - 1 ? same.receivedAt() : same.receivedAt().minusSeconds(60);
                    offer = new LotCandidate(offerId++, i, "Leverandør " + i, received, same.varenummer(),
                            same.packPrice(), same.dddsPerPack(), same.maximumPricePerPack(), same.consensus());
                } else {
                    BigDecimal packPrice = BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 2);
                    Map<SubCriterionRef, Integer> consensus = new HashMap<>();
                    for (CriterionType type : CriterionType.values()) {
                        if (type.isScored()) {
                            consensus.put(new SubCriterionRef(type, "Vurdering"), random.nextInt(SCALE_MAX + 1));
                        }
                    }
                    // the maximum price (AIP) somewhat above most offers, below some, so that LINEAR gives some 0 points
                    BigDecimal maximum = packPrice.multiply(BigDecimal.valueOf(90 + random.nextInt(40), 2))
                            .setScale(2, RoundingMode.HALF_UP);
                    offer = new LotCandidate(offerId++, i, "Leverandør " + i,
                            deadline.minusSeconds(random.nextInt(14 * 24 * 3600)), String.format("%06d", offerId),
                            packPrice, BigDecimal.valueOf(10 + random.nextInt(200_000), 2), maximum, consensus);
                }
                offers.add(offer);
            }
            candidates.add(List.copyOf(offers));
        }
    }

    /** Evaluates every lot of the tender as {@code RankTender} does once it has read its input. */
    @Benchmark
    public List<LotOutcome> evaluateTender() {
        LotEvaluation evaluation = LotEvaluation.of(tender);
        List<Lot> lots = tender.getLots();
        List<LotOutcome> outcomes = new ArrayList<>(lots.size());
        for (int i = 0; i < lots.size(); i++) {
            outcomes.add(evaluation.evaluate(lots.get(i), candidates.get(i)));
        }
        return outcomes;
    }
}
