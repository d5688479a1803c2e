package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Messages;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.draftWith;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.lot;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.scored;
import static no.lis.tender.tendering.domain.CriterionType.ENVIRONMENT;
import static no.lis.tender.tendering.domain.CriterionType.PRICE;
import static no.lis.tender.tendering.domain.CriterionType.QUALITY;
import static no.lis.tender.tendering.domain.CriterionType.SUPPLY_SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The evaluation of one lot from hand-made candidates: every expected figure is worked out in the
 * test from the rules in {@link LotEvaluation}'s documentation.
 */
class LotEvaluationTest {

    private static final Instant NOON = Instant.parse("2026-02-20T11:00:00Z");
    private static final Scale ZERO_TO_TEN = new Scale(0, 10);
    private static final SubCriterionRef READY_TO_USE = new SubCriterionRef(QUALITY, "Bruksklar");
    private static final BigDecimal TWENTY_DDDS = new BigDecimal("20.0000");

    /** Price 70 % by lowest price / offered price × 100; quality 30 % on one sub-criterion from 0 to 10. */
    private static final List<AwardCriterion> PRICE_70_QUALITY_30 = priceAndReadyToUse(70, 30);

    @Test
    void theCheapestOfferOfEqualQualityRanksFirst() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "1000.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 8)),
                candidate(2, "Pharma B AS", "900.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 8)));

        // per DDD: A 1000 / 20 = 50, B 900 / 20 = 45; price points: B 100, A 45 / 50 × 100 = 90
        // B: 70 × 1 + 30 × 0.8 = 94; A: 70 × 0.9 + 30 × 0.8 = 63 + 24 = 87
        assertThat(outcome.status()).isEqualTo(LotStatus.RANKED);
        assertThat(outcome.offers()).extracting(EvaluatedOffer::rank, EvaluatedOffer::supplierName,
                EvaluatedOffer::pricePoints, EvaluatedOffer::total).containsExactly(
                tuple(1, "Pharma B AS", new BigDecimal("100.0000"), new BigDecimal("94.0000")),
                tuple(2, "Pharma A AS", new BigDecimal("90.0000"), new BigDecimal("87.0000")));
        assertThat(outcome.winner().offerId()).isEqualTo(2L);
    }

    @Test
    void aBetterQualityScoreCanBeatALowerPrice() {
        List<AwardCriterion> criteria = priceAndReadyToUse(60, 40);

        LotOutcome outcome = evaluate(criteria, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Billig AS", "1800.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 5)),
                candidate(2, "Kvalitet AS", "2000.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 10)));

        // per DDD: Billig 90, Kvalitet 100; Kvalitet earns 90 / 100 × 100 = 90 price points
        // Kvalitet: 60 × 0.9 + 40 × 1 = 54 + 40 = 94; Billig: 60 × 1 + 40 × 0.5 = 60 + 20 = 80
        assertThat(outcome.offers()).extracting(EvaluatedOffer::supplierName, EvaluatedOffer::total)
                .containsExactly(tuple("Kvalitet AS", new BigDecimal("94.0000")),
                        tuple("Billig AS", new BigDecimal("80.0000")));
        assertThat(outcome.winner().byCriterion()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PRICE, new BigDecimal("54.0000"), QUALITY, new BigDecimal("40.0000")));
    }

    @Test
    void theBuyerCanCheckEachPriceByTheComputationKeptWithIt() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "900.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 8)));

        EvaluatedOffer only = outcome.winner();
        assertThat(only.price().amount()).isEqualTo(new BigDecimal("45.0000"));
        assertThat(only.price().computation(Messages.BOKMAL)).isEqualTo("900,00 kr / 20,0000 DDD = 45,00 kr per DDD");
        assertThat(only.packPrice()).isEqualTo(new BigDecimal("900.00"));
        assertThat(only.dddsPerPack()).isEqualTo(TWENTY_DDDS);
    }

    @Test
    void theLinearFormulaRunsToTheHighestMaximumPriceInTheCatalogue() {
        List<AwardCriterion> criteria = List.of(AwardCriterion.price(100, PriceFormula.LINEAR, 100));

        LotOutcome outcome = evaluate(criteria, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "800.00", TWENTY_DDDS, "1200.00", Map.of()),
                candidate(2, "Pharma B AS", "1000.00", TWENTY_DDDS, "1000.00", Map.of()));

        // per DDD: A 40, B 50; maximum prices per DDD 1200 / 20 = 60 and 1000 / 20 = 50: the lot's is 60
        // B: 100 × (60 - 50) / (60 - 40) = 50 points
        assertThat(outcome.maximumPrice()).isEqualTo(new BigDecimal("60.0000"));
        assertThat(outcome.offers()).extracting(EvaluatedOffer::supplierName, EvaluatedOffer::pricePoints)
                .containsExactly(tuple("Pharma A AS", new BigDecimal("100.0000")),
                        tuple("Pharma B AS", new BigDecimal("50.0000")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "0.00")
    void withoutARecordedMaximumPriceTheLinearFormulaRunsToTheHighestOfferedPrice(String recorded) {
        List<AwardCriterion> criteria = List.of(AwardCriterion.price(100, PriceFormula.LINEAR, 100));

        LotOutcome outcome = evaluate(criteria, lot("Adalimumab", "1000", VolumeUnit.PACKS),
                candidate(1, "Pharma A AS", "800.00", TWENTY_DDDS, recorded, Map.of()),
                candidate(2, "Pharma B AS", "1000.00", TWENTY_DDDS, recorded, Map.of()),
                candidate(3, "Pharma C AS", "900.00", TWENTY_DDDS, null, Map.of()));

        // per DDD: A 40, C 45, B 50 = the stated maximum; C: 100 × (50 - 45) / (50 - 40) = 50; B none.
        // The catalogue's 0 is no maximum price: nothing is saved against it.
        assertThat(outcome.maximumPrice()).isNull();
        assertThat(outcome.offers()).extracting(EvaluatedOffer::supplierName, EvaluatedOffer::pricePoints)
                .containsExactly(tuple("Pharma A AS", new BigDecimal("100.0000")),
                        tuple("Pharma C AS", new BigDecimal("50.0000")),
                        tuple("Pharma B AS", new BigDecimal("0.0000")));
        assertThat(outcome.offers()).extracting(EvaluatedOffer::savings).containsOnlyNulls();
    }

    @Test
    void savingsOnAVolumeInPacksAreTheDifferenceToTheMaximumPriceTimesThePacks() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "1000", VolumeUnit.PACKS),
                candidate(1, "Pharma A AS", "800.00", TWENTY_DDDS, "1000.00", Map.of(READY_TO_USE, 8)));

        // (1000 - 800) × 1000 packs
        assertThat(outcome.winner().savings()).isEqualTo(new BigDecimal("200000.00"));
    }

    @Test
    void savingsOnAVolumeInDddsCountThePacksThoseDddsFillAndAreRoundedToOreOnce() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "12500", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "900.00", new BigDecimal("30.0000"), "1000.00",
                        Map.of(READY_TO_USE, 8)));

        // (1000 - 900) × 12 500 DDD / 30 DDD per pack = 1 250 000 / 30 = 41 666.666... → 41 666.67
        assertThat(outcome.winner().savings()).isEqualTo(new BigDecimal("41666.67"));
    }

    @Test
    void aLotWithoutOffersIsSaidToHaveNone() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD));

        assertThat(outcome.status()).isEqualTo(LotStatus.NO_OFFERS);
        assertThat(outcome.offers()).isEmpty();
        assertThat(outcome.winner()).isNull();
    }

    @Test
    void aPackNotInTheCatalogueStopsTheLotAndIsNamedByItsVarenummer() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "900.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 8)),
                new LotCandidate(2, 12, "Pharma B AS", NOON, "654321", new BigDecimal("950.00"), null, null,
                        Map.of(READY_TO_USE, 8)));

        assertThat(outcome.status()).isEqualTo(LotStatus.PRICE_NOT_COMPARABLE);
        assertThat(outcome.waitingFor()).containsExactly("654321");
        assertThat(outcome.offers()).isEmpty();
    }

    @Test
    void aMissingConsensusStopsTheLotAndNamesTheSupplierWaitedFor() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "900.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 8)),
                candidate(2, "Pharma B AS", "950.00", TWENTY_DDDS, null, Map.of()));

        assertThat(outcome.status()).isEqualTo(LotStatus.AWAITING_CONSENSUS);
        assertThat(outcome.waitingFor()).containsExactly("Pharma B AS");
    }

    @Test
    void aScaleFromOneToFiveIsNormalisedFromItsMinimum() {
        List<AwardCriterion> criteria = List.of(AwardCriterion.price(60, PriceFormula.LOWEST_PRICE_RATIO, 100),
                AwardCriterion.scored(QUALITY, 40, List.of(
                        new SubCriterion("Holdbarhet", null, new Scale(1, 5), null),
                        new SubCriterion("Merking", null, ZERO_TO_TEN, null))));
        SubCriterionRef shelfLife = new SubCriterionRef(QUALITY, "Holdbarhet");
        SubCriterionRef labelling = new SubCriterionRef(QUALITY, "Merking");

        LotOutcome outcome = evaluate(criteria, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Pharma A AS", "900.00", TWENTY_DDDS, null, Map.of(shelfLife, 4, labelling, 5)),
                candidate(2, "Pharma B AS", "900.00", TWENTY_DDDS, null, Map.of(shelfLife, 1, labelling, 10)));

        // A: ((4 - 1) / (5 - 1) + 5 / 10) / 2 = (0.75 + 0.5) / 2 = 0.625 → 40 × 0.625 = 25
        // B: ((1 - 1) / 4 + 10 / 10) / 2 = 0.5 → 20; both earn full price points: 60
        assertThat(outcome.offers()).extracting(EvaluatedOffer::supplierName, o -> o.part(QUALITY),
                EvaluatedOffer::total).containsExactly(
                tuple("Pharma A AS", new BigDecimal("25.0000"), new BigDecimal("85.0000")),
                tuple("Pharma B AS", new BigDecimal("20.0000"), new BigDecimal("80.0000")));
    }

    @Test
    void aCriterionWeighingNothingNeedsNoConsensusAndAddsNothing() {
        List<AwardCriterion> criteria = List.of(AwardCriterion.price(70, PriceFormula.LOWEST_PRICE_RATIO, 100),
                scored(QUALITY, 30, ZERO_TO_TEN, READY_TO_USE.title()),
                scored(SUPPLY_SECURITY, 0, ZERO_TO_TEN, "Sikkerhetslager"));
        Tender tender = draftWith(criteria, lot("Adalimumab", "125000", VolumeUnit.DDD));

        LotOutcome outcome = LotEvaluation.of(tender).evaluate(tender.getLots().get(0), List.of(
                candidate(1, "Pharma A AS", "900.00", TWENTY_DDDS, null, Map.of(READY_TO_USE, 10))));

        // 70 × 1 + 30 × 1 + 0 × anything = 100
        assertThat(LotEvaluation.of(tender).scoredSubCriteria()).containsExactly(READY_TO_USE);
        assertThat(outcome.status()).isEqualTo(LotStatus.RANKED);
        assertThat(outcome.winner().part(SUPPLY_SECURITY)).isZero();
        assertThat(outcome.winner().part(ENVIRONMENT)).as("not a criterion of the tender").isZero();
        assertThat(outcome.winner().total()).isEqualTo(new BigDecimal("100.0000"));
    }

    /** Price 50 %, quality 50 % from 0 to 10: a lower price can be made up for by one quality point. */
    private static final List<AwardCriterion> PRICE_50_QUALITY_50 = priceAndReadyToUse(50, 50);

    @Test
    void ofTwoOffersWithEqualTotalsTheLowerPriceRanksFirst() {
        LotOutcome outcome = evaluate(PRICE_50_QUALITY_50, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Dyr AS", NOON, "1000.00", Map.of(READY_TO_USE, 8)),
                candidate(2, "Billig AS", NOON.plusSeconds(60), "900.00", Map.of(READY_TO_USE, 7)));

        // per DDD: Dyr 50, Billig 45; Dyr earns 45 / 50 x 100 = 90 price points
        // Dyr: 50 x 0.9 + 50 x 0.8 = 85; Billig: 50 x 1 + 50 x 0.7 = 85: equal, so the lower price wins
        // before the earlier receipt and the lower offer id, which are Dyr's
        assertThat(outcome.offers()).extracting(EvaluatedOffer::rank, EvaluatedOffer::supplierName,
                EvaluatedOffer::total).containsExactly(
                tuple(1, "Billig AS", new BigDecimal("85.0000")),
                tuple(2, "Dyr AS", new BigDecimal("85.0000")));
    }

    @Test
    void ofTwoOffersWithEqualTotalsAndPricesTheEarlierReceiptRanksFirst() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(1, "Sen AS", NOON.plusSeconds(60), "1000.00", Map.of(READY_TO_USE, 8)),
                candidate(2, "Tidlig AS", NOON, "1000.00", Map.of(READY_TO_USE, 8)));

        assertThat(outcome.offers()).extracting(EvaluatedOffer::rank, EvaluatedOffer::supplierName)
                .containsExactly(tuple(1, "Tidlig AS"), tuple(2, "Sen AS"));
    }

    @Test
    void offersEqualInEverythingRankByTheLowerOfferIdWhateverTheirOrder() {
        LotOutcome outcome = evaluate(PRICE_70_QUALITY_30, lot("Adalimumab", "125000", VolumeUnit.DDD),
                candidate(7, "Sju AS", NOON, "1000.00", Map.of(READY_TO_USE, 8)),
                candidate(3, "Tre AS", NOON, "1000.00", Map.of(READY_TO_USE, 8)));

        assertThat(outcome.offers()).extracting(EvaluatedOffer::rank, EvaluatedOffer::offerId)
                .containsExactly(tuple(1, 3L), tuple(2, 7L));
    }

    /** Hepatitis C style: one price if only a subgroup is treated, another if all patients are. */
    private static final List<String> SCENARIOS = List.of("Kun subgruppe", "Alle pasienter");

    @Test
    void aLotWithScenarioPricesIsRankedUnderItsFirstScenarioWithTheOthersBesideIt() {
        LotOutcome outcome = evaluateUnder(null,
                scenarioCandidate(1, "Pharma A AS", "900.00", "1000.00"),
                scenarioCandidate(2, "Pharma B AS", "1000.00", "800.00"));

        // under "Kun subgruppe": A 900 / 20 = 45 per DDD, B 50; A 70 + 24 = 94, B 70 × 45/50 + 24 = 87
        // under "Alle pasienter": A 50, B 40, so B would be first
        assertThat(outcome.scenario()).isEqualTo("Kun subgruppe");
        assertThat(outcome.offers()).extracting(EvaluatedOffer::supplierName, EvaluatedOffer::packPrice,
                EvaluatedOffer::total).containsExactly(
                tuple("Pharma A AS", new BigDecimal("900.00"), new BigDecimal("94.0000")),
                tuple("Pharma B AS", new BigDecimal("1000.00"), new BigDecimal("87.0000")));
        assertThat(outcome.winner().scenarios()).extracting(ScenarioResult::scenario, ScenarioResult::chosen,
                ScenarioResult::packPrice, r -> r.price().amount(), ScenarioResult::rank).containsExactly(
                tuple("Kun subgruppe", true, new BigDecimal("900.00"), new BigDecimal("45.0000"), 1),
                tuple("Alle pasienter", false, new BigDecimal("1000.00"), new BigDecimal("50.0000"), 2));
    }

    @Test
    void theScenarioTheBuyerChoosesDecidesTheWinnerAndItsSavings() {
        LotOutcome outcome = evaluateUnder("Alle pasienter",
                scenarioCandidate(1, "Pharma A AS", "900.00", "1000.00"),
                scenarioCandidate(2, "Pharma B AS", "1000.00", "800.00"));

        // under "Alle pasienter": B 40 per DDD earns 100 points, A 50 earns 80; B 70 + 24 = 94, A 56 + 24 = 80;
        // savings at B's price: (1200 - 800) × 125 000 DDD / 20 DDD a pack = 2 500 000
        assertThat(outcome.scenario()).isEqualTo("Alle pasienter");
        assertThat(outcome.offers()).extracting(EvaluatedOffer::supplierName, EvaluatedOffer::total,
                EvaluatedOffer::chosenScenario).containsExactly(
                tuple("Pharma B AS", new BigDecimal("94.0000"), "Alle pasienter"),
                tuple("Pharma A AS", new BigDecimal("80.0000"), "Alle pasienter"));
        assertThat(outcome.winner().savings()).isEqualByComparingTo("2500000.00");
        assertThat(outcome.offers().get(1).scenarios()).extracting(ScenarioResult::scenario, ScenarioResult::rank)
                .containsExactly(tuple("Kun subgruppe", 1), tuple("Alle pasienter", 2));
    }

    private static LotOutcome evaluateUnder(String scenario, LotCandidate... candidates) {
        LotSpecification plain = lot("Sofosbuvir", "125000", VolumeUnit.DDD);
        LotSpecification withScenarios = new LotSpecification(plain.title(), null, plain.substances(),
                plain.estimatedAnnualVolume(), plain.volumeUnit(), plain.comparisonBasis(), null, plain.markets(),
                SCENARIOS);
        Tender tender = draftWith(PRICE_70_QUALITY_30, withScenarios);
        return LotEvaluation.of(tender).evaluate(tender.getLots().get(0), List.of(candidates), scenario);
    }

    /** An offer of 20 DDDs a pack at maximum price 1 200, quality 8, priced per scenario; its pack price is the first's. */
    private static LotCandidate scenarioCandidate(long offerId, String name, String subgroup, String all) {
        return new LotCandidate(offerId, 10 + offerId, name, NOON, "123456", new BigDecimal(subgroup), TWENTY_DDDS,
                new BigDecimal("1200.00"), Map.of(READY_TO_USE, 8),
                Map.of(SCENARIOS.get(0), new BigDecimal(subgroup), SCENARIOS.get(1), new BigDecimal(all)));
    }

    /** Price by lowest price / offered price × 100 and quality on {@link #READY_TO_USE} from 0 to 10, weighted as given. */
    private static List<AwardCriterion> priceAndReadyToUse(int priceWeight, int qualityWeight) {
        return List.of(AwardCriterion.price(priceWeight, PriceFormula.LOWEST_PRICE_RATIO, 100),
                scored(QUALITY, qualityWeight, ZERO_TO_TEN, READY_TO_USE.title()));
    }

    private static LotOutcome evaluate(List<AwardCriterion> criteria,
                                       LotSpecification lot,
                                       LotCandidate... candidates) {
        Tender tender = draftWith(criteria, lot);
        Lot only = tender.getLots().get(0);
        return LotEvaluation.of(tender).evaluate(only, List.of(candidates));
    }

    /** An offer of supplier {@code name} on pack 123456, received at noon; a null maximum price is none recorded. */
    private static LotCandidate candidate(long offerId, String name, String packPrice, BigDecimal dddsPerPack,
                                          String maximumPricePerPack, Map<SubCriterionRef, Integer> consensus) {
        return new LotCandidate(offerId, 10 + offerId, name, NOON, "123456", new BigDecimal(packPrice), dddsPerPack,
                maximumPricePerPack == null ? null : new BigDecimal(maximumPricePerPack), consensus);
    }

    /** An offer of 20 DDDs a pack without a recorded maximum price, received at {@code receivedAt}. */
    private static LotCandidate candidate(long offerId, String name, Instant receivedAt, String packPrice,
                                          Map<SubCriterionRef, Integer> consensus) {
        return new LotCandidate(offerId, 10 + offerId, name, receivedAt, "123456", new BigDecimal(packPrice),
                TWENTY_DDDS, null, consensus);
    }
}
