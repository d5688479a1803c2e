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
            "0, PRE_AUTHORISATION, HORIZON_SCANNING, false, false",
            "1, INTRODUCTION, PRICE_NEGOTIATION, false, false",
            "2, MONOPOLY, PRICE_NEGOTIATION, false, false",
            "3, COMPETITION_BEGINS, TENDER_WITH_RANKING, true, false",
            "4, GENERIC_ENTRY, OPEN_TENDER, true, false",
            "5, LOWEST_PRICE_COMPETITION, OPEN_TENDER, true, false",
            "6, RENEWED_MONOPOLY, SUPPLY_SECURITY_TENDER, true, true"})
    void theCategoryPlansNumberNamesThePhaseThatDecidesTheInstrument(
            int number, MarketPhase meaning, ProcurementInstrument instrument, boolean tender, boolean severalRanked) {
        MarketPhase phase = MarketPhase.of(number);

        assertThat(phase).isEqualTo(meaning);
        assertThat(phase.number()).isEqualTo(number);
        assertThat(phase.defaultInstrument()).isEqualTo(instrument);
        assertThat(instrument.isPublishedAsTender()).isEqualTo(tender);
        assertThat(instrument.allowsSeveralRankedSuppliersByDefault()).isEqualTo(severalRanked);
    }

    @Test
    void aBuyerWhoPicksPhaseFiveFromTheCategoryPlanGetsALowestPriceTenderNotASupplySecurityOne() {
        MarketPhase five = MarketPhase.of(5);

        assertThat(five).isEqualTo(MarketPhase.LOWEST_PRICE_COMPETITION);
        assertThat(five.defaultInstrument()).isEqualTo(ProcurementInstrument.OPEN_TENDER);
        assertThat(five.defaultWeights()).isEqualTo(Map.of(PRICE, 60, ENVIRONMENT, 30, SUPPLY_SECURITY, 10));
    }

    @Test
    void thePhasesAreInTheCategoryPlansOrderWithEveryNumberOnce() {
        assertThat(MarketPhase.values()).extracting(MarketPhase::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
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

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void phasesBeforeCompetitionHaveNoWeightedCriteria(int number) {
        assertThat(MarketPhase.of(number).defaultCriteria(TenderFixtures.library())).isEmpty();
    }

    @Test
    void competitionBetweenComparableDrugsWeighsPriceQualityAndEnvironment() {
        assertThat(MarketPhase.COMPETITION_BEGINS.defaultWeights()).isEqualTo(Map.of(PRICE, 60, QUALITY, 10, ENVIRONMENT, 30));
    }

    @Test
    void genericEntryIsLedByPriceWithQualityStillCounted() {
        assertThat(MarketPhase.GENERIC_ENTRY.defaultWeights())
                .isEqualTo(Map.of(PRICE, 55, QUALITY, 5, ENVIRONMENT, 30, SUPPLY_SECURITY, 10));
    }

    @Test
    void renewedMonopolyLetsSupplySecurityWeighAsMuchAsPrice() {
        assertThat(MarketPhase.RENEWED_MONOPOLY.defaultWeights())
                .isEqualTo(Map.of(PRICE, 30, QUALITY, 10, ENVIRONMENT, 30, SUPPLY_SECURITY, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void defaultWeightsOfATenderSumTo100WithEnvironmentAtTheMainRule(int number) {
        Map<CriterionType, Integer> weights = MarketPhase.of(number).defaultWeights();

        assertThat(weights.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(weights.get(ENVIRONMENT)).isEqualTo(Tender.ENVIRONMENT_MAIN_RULE_WEIGHT);
    }

    @Test
    void defaultCriteriaComputePriceByTheLowestPriceRatioAndScoreTheRestOnLibraryTemplates() {
        List<AwardCriterion> criteria = MarketPhase.GENERIC_ENTRY.defaultCriteria(TenderFixtures.library());

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

        List<AwardCriterion> criteria = MarketPhase.COMPETITION_BEGINS.defaultCriteria(library);

        assertThat(criteria.get(2).getSubCriteria()).extracting(SubCriterion::getLibraryCode)
                .doesNotContain("ENV-TRANSPORT").isNotEmpty();
    }
}
