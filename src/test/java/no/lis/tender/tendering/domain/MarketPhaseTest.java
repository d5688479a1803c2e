package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static no.lis.tender.tendering.domain.CriterionType.ENVIRONMENT;
import static no.lis.tender.tendering.domain.CriterionType.PRICE;
import static no.lis.tender.tendering.domain.CriterionType.QUALITY;
import static no.lis.tender.tendering.domain.CriterionType.SUPPLY_SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketPhaseTest {

    @ParameterizedTest
    @CsvSource({
            "0, HORIZON_SCANNING, false, false",
            "1, PRICE_NEGOTIATION, false, false",
            "2, TENDER_WITH_RANKING, true, false",
            "3, OPEN_TENDER, true, false",
            "4, OPEN_TENDER, true, false",
            "5, SUPPLY_SECURITY_TENDER, true, true",
            "6, SUPPLY_SECURITY_TENDER, true, true"})
    void phaseDecidesTheInstrumentWhetherItIsATenderAndWhetherSeveralSuppliersRank(
            int number, ProcurementInstrument instrument, boolean tender, boolean severalRanked) {
        MarketPhase phase = MarketPhase.of(number);

        assertThat(phase.number()).isEqualTo(number);
        assertThat(phase.defaultInstrument()).isEqualTo(instrument);
        assertThat(instrument.isPublishedAsTender()).isEqualTo(tender);
        assertThat(instrument.allowsSeveralRankedSuppliersByDefault()).isEqualTo(severalRanked);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 7, 10})
    void numbersOutsideZeroToSixAreNoPhase(int number) {
        assertThatThrownBy(() -> MarketPhase.of(number))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("marketPhase");
                            assertThat(v.messageKey()).isEqualTo("tender.marketPhase.invalid");
                            assertThat(v.arguments()).containsExactly(number);
                        }));
    }

    @Test
    void phasesZeroAndOneHaveNoWeightedCriteria() {
        assertThat(MarketPhase.PHASE_0.defaultCriteria(TenderFixtures.library())).isEmpty();
        assertThat(MarketPhase.PHASE_1.defaultCriteria(TenderFixtures.library())).isEmpty();
    }

    @Test
    void phaseTwoWeighsPriceQualityAndEnvironment() {
        assertThat(MarketPhase.PHASE_2.defaultWeights()).isEqualTo(Map.of(PRICE, 60, QUALITY, 10, ENVIRONMENT, 30));
    }

    @Test
    void phasesThreeAndFourAreLedByPrice() {
        Map<CriterionType, Integer> expected = Map.of(PRICE, 55, QUALITY, 5, ENVIRONMENT, 30, SUPPLY_SECURITY, 10);
        assertThat(MarketPhase.PHASE_3.defaultWeights()).isEqualTo(expected);
        assertThat(MarketPhase.PHASE_4.defaultWeights()).isEqualTo(expected);
    }

    @Test
    void phasesFiveAndSixLetSupplySecurityWeighAsMuchAsPrice() {
        Map<CriterionType, Integer> expected = Map.of(PRICE, 30, QUALITY, 10, ENVIRONMENT, 30, SUPPLY_SECURITY, 30);
        assertThat(MarketPhase.PHASE_5.defaultWeights()).isEqualTo(expected);
        assertThat(MarketPhase.PHASE_6.defaultWeights()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void defaultWeightsOfATenderSumTo100WithEnvironmentAtTheMainRule(int number) {
        Map<CriterionType, Integer> weights = MarketPhase.of(number).defaultWeights();

        assertThat(weights.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(weights.get(ENVIRONMENT)).isEqualTo(Tender.ENVIRONMENT_MAIN_RULE_WEIGHT);
    }

    @Test
    void defaultCriteriaComputePriceByTheLowestPriceRatioAndScoreTheRestOnLibraryTemplates() {
        List<AwardCriterion> criteria = MarketPhase.PHASE_3.defaultCriteria(TenderFixtures.library());

        assertThat(criteria).extracting(AwardCriterion::getType)
                .containsExactly(PRICE, QUALITY, ENVIRONMENT, SUPPLY_SECURITY);
        AwardCriterion price = criteria.get(0);
        assertThat(price.getPriceFormula()).isEqualTo(PriceFormula.LOWEST_PRICE_RATIO);
        assertThat(price.getMaxPoints()).isEqualTo(AwardCriterion.DEFAULT_PRICE_POINTS);
        assertThat(price.getSubCriteria()).isEmpty();
        assertThat(criteria.get(2).getSubCriteria()).extracting(SubCriterion::getLibraryCode)
                .containsExactly("ENV-MANAGEMENT-SYSTEM", "ENV-MANUFACTURING-SITES", "ENV-PACKAGING", "ENV-TRANSPORT");
        assertThat(criteria.get(3).getSubCriteria()).extracting(SubCriterion::getLibraryCode)
                .containsExactly("SUP-SAFETY-STOCK", "SUP-MANUFACTURING-SITES", "SUP-SHORTAGE-HISTORY");
    }

    @Test
    void inactiveTemplatesAreLeftOutOfTheDefaults() {
        List<CriterionTemplate> library = TenderFixtures.library();
        library.stream().filter(t -> t.getCode().equals("ENV-TRANSPORT")).findFirst().orElseThrow()
                .revise(ENVIRONMENT, "Transport", null, new Scale(0, 10), false);

        List<AwardCriterion> criteria = MarketPhase.PHASE_2.defaultCriteria(library);

        assertThat(criteria.get(2).getSubCriteria()).extracting(SubCriterion::getLibraryCode)
                .doesNotContain("ENV-TRANSPORT").isNotEmpty();
    }
}
