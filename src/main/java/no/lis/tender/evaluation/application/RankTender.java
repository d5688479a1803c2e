package no.lis.tender.evaluation.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.PackFacts;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.LotCandidate;
import no.lis.tender.evaluation.domain.LotEvaluation;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.ScenarioPrice;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.ParallelWork;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The buyer ranks the tender: every lot is evaluated from the opened offers that were not rejected,
 * the catalogue's packs and the consensus scores ({@link LotEvaluation}), and the ranking replaces
 * the one stored before. Lots that wait for a consensus or for a pack in the catalogue are stored
 * as such, so that the page says what they wait for. May be run again while the tender is opened.
 */
@UseCase
public class RankTender {

    private final TenderRepository tenders;
    private final OpenedOfferReader offers;
    private final QualificationRepository qualifications;
    private final ConsensusScoreRepository consensus;
    private final ProductRepository products;
    private final TenderEvaluationRepository evaluations;
    private final TenderRankingRepository rankings;
    private final Clock clock;
    private final ParallelWork parallel;

    @Inject
    public RankTender(TenderRepository tenders, OpenedOfferReader offers, QualificationRepository qualifications,
                      ConsensusScoreRepository consensus, ProductRepository products,
                      TenderEvaluationRepository evaluations, TenderRankingRepository rankings, Clock clock,
                      ParallelWork parallel) {
        this.tenders = tenders;
        this.offers = offers;
        this.qualifications = qualifications;
        this.consensus = consensus;
        this.products = products;
        this.evaluations = evaluations;
        this.rankings = rankings;
        this.clock = clock;
        this.parallel = parallel;
    }

    /** For the CDI proxy. */
    protected RankTender() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Ranks every lot and stores the ranking; returns the outcomes by lot number. */
    public List<LotOutcome> rank(Long tenderId, String buyer) {
        Tender tender = Existing.require(tenderId, tenders::findReadOnly, "evaluation.tenderNotFound");
        TenderEvaluation evaluation = evaluations.findByTender(tender.getId())
                .orElseGet(() -> evaluations.save(TenderEvaluation.of(tender.getId())));
        List<LotOutcome> outcomes = evaluate(tender, evaluation);
        evaluation.ranked(tender, outcomes, buyer, clock);
        rankings.replace(tender.getId(), outcomes);
        return outcomes;
    }

    /** The outcome of every lot of {@code tender} from what is stored now. */
    List<LotOutcome> evaluate(Tender tender) {
        return evaluate(tender, evaluations.findByTender(tender.getId()).orElseGet(() -> TenderEvaluation.of(tender.getId())));
    }

    /** The outcome of every lot, each under the price scenario {@code evaluation} ranks it under. */
    private List<LotOutcome> evaluate(Tender tender, TenderEvaluation choices) {
        Set<Long> rejected = qualifications.findByTender(tender.getId()).stream()
                .filter(Qualification::excludesFromScoring).map(Qualification::getOfferId).collect(Collectors.toSet());
        List<OfferUnderEvaluation> candidates = offers.opened(tender.getId()).stream()
                .filter(offer -> !rejected.contains(offer.offerId())).toList();
        Map<Long, Map<SubCriterionRef, Integer>> scores = new HashMap<>();
        for (ConsensusScore score : consensus.findByTender(tender.getId())) {
            scores.computeIfAbsent(score.getOfferId(), id -> new HashMap<>()).put(score.ref(), score.getValue());
        }
        // each offer's scores made unmodifiable once, so that its candidates on every lot share them
        scores.replaceAll((offerId, byRef) -> Map.copyOf(byRef));
        // what the catalogue knows of the offered packs, one projection instead of thousands of products
        Map<String, PackFacts> catalogue = new HashMap<>();
        for (PackFacts pack : products.packFacts(candidates.stream()
                .flatMap(offer -> offer.content().lots().stream())
                .map(lot -> lot.products().get(0).varenummer()).collect(Collectors.toSet()))) {
            catalogue.putIfAbsent(pack.varenummer().value(), pack);
        }
        // each offer's lots by number, looked up once per lot (an offer names each lot at most once)
        List<Map<Integer, LotOffer>> byLot = candidates.stream().map(offer -> offer.content().lots().stream()
                .collect(Collectors.toMap(LotOffer::lotNumber, lot -> lot))).toList();
        LotEvaluation evaluation = LotEvaluation.of(tender);
        List<Lot> lots = tender.getLots();
        List<String> scenarios = lots.stream().map(choices::scenarioFor).toList();
        List<Integer> numbers = lots.stream().map(Lot::getNumber).toList();
        // every lot's candidates are gathered and evaluated on their own from values read above (pure
        // computation): on the managed executor
        return parallel.map(IntStream.range(0, lots.size()).boxed().toList(), i -> {
            List<LotCandidate> onLot = new ArrayList<>(candidates.size());
            for (int c = 0; c < candidates.size(); c++) {
                OfferUnderEvaluation offer = candidates.get(c);
                LotOffer offered = byLot.get(c).get(numbers.get(i));
                if (offered != null) {
                    onLot.add(candidate(offer, offered, catalogue, scores.getOrDefault(offer.offerId(), Map.of())));
                }
            }
            return evaluation.evaluate(lots.get(i), onLot, scenarios.get(i));
        });
    }

    /** The offered pack is the first product the offer names on the lot. */
    private static LotCandidate candidate(OfferUnderEvaluation offer, LotOffer offered, Map<String, PackFacts> catalogue,
                                          Map<SubCriterionRef, Integer> consensus) {
        Varenummer varenummer = offered.products().get(0).varenummer();
        PackFacts pack = catalogue.get(varenummer.value());
        return new LotCandidate(offer.offerId(), offer.supplierId(), offer.supplierName(), offer.receivedAt(),
                varenummer.value(), offered.unitPricePerPack(), pack == null ? null : pack.dddsPerPack(),
                pack == null ? null : pack.maximumPricePerPack(), consensus,
                offered.scenarioPrices().isEmpty() ? Map.of() : offered.scenarioPrices().stream()
                        .collect(Collectors.toMap(ScenarioPrice::scenario, ScenarioPrice::unitPricePerPack)));
    }
}
