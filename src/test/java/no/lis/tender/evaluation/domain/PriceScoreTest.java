package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.PriceFormula;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PriceScoreTest {

    private static final BigDecimal LOWEST = new BigDecimal("300.0000");
    private static final BigDecimal MAXIMUM = new BigDecimal("420.0000");

    @Test
    void lowestPriceRatioGivesLowestOverOfferedTimesMaxPointsRoundedHalfUpToFourDecimals() {
        assertThat(PriceScore.lowestPriceRatio(100, LOWEST, new BigDecimal("350.0000")))
                .isEqualTo(new BigDecimal("85.7143"));
    }

    @Test
    void linearGivesPointsInProportionToTheDistanceBelowTheMaximumPrice() {
        assertThat(PriceScore.linear(100, LOWEST, new BigDecimal("350.0000"), MAXIMUM))
                .isEqualTo(new BigDecimal("58.3333"));
    }

    @ParameterizedTest
    @EnumSource(PriceFormula.class)
    void equalPricesGetEqualFullPoints(PriceFormula formula) {
        BigDecimal first = PriceScore.points(formula, 100, LOWEST, new BigDecimal("300.00"), MAXIMUM);
        BigDecimal second = PriceScore.points(formula, 100, LOWEST, LOWEST, MAXIMUM);

        assertThat(first).isEqualTo(second).isEqualTo(new BigDecimal("100.0000"));
    }

    @ParameterizedTest
    @EnumSource(PriceFormula.class)
    void aSingleOfferIsTheLowestAndGetsFullPoints(PriceFormula formula) {
        BigDecimal only = new BigDecimal("333.3333");

        assertThat(PriceScore.points(formula, 40, only, only, MAXIMUM)).isEqualTo(new BigDecimal("40.0000"));
    }

    @Test
    void linearGivesNoPointsAtTheMaximumPrice() {
        assertThat(PriceScore.linear(100, LOWEST, MAXIMUM, MAXIMUM)).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void linearIsFlooredAtZeroAboveTheMaximumPrice() {
        assertThat(PriceScore.linear(100, LOWEST, new BigDecimal("500.0000"), MAXIMUM))
                .isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void linearGivesFullPointsWhereTheLowestPriceIsTheMaximumPrice() {
        assertThat(PriceScore.linear(100, MAXIMUM, MAXIMUM, MAXIMUM)).isEqualTo(new BigDecimal("100.0000"));
    }
}
