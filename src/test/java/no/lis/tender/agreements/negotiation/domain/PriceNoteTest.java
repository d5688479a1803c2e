package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.shared.domain.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PriceNoteTest {

    /** The example: 0,8 QALYs gained, other incremental costs 40 000 NOK, class 6; 13 packs a year. */
    private static final HealthEconomics EXAMPLE = new HealthEconomics(new BigDecimal("0.8"), new BigDecimal("40000"),
            new BigDecimal("13"), new BigDecimal("22"));
    private static final BigDecimal MAXIMUM = new BigDecimal("60000.00");

    @Test
    void theHighestYearlyDrugCostMeetsTheWillingnessToPayOfTheSeverityClass() {
        PriceNote note = PriceNote.at(EXAMPLE, MAXIMUM, new BigDecimal("50000"));

        assertThat(note.severity()).isEqualTo(SeverityClass.CLASS_6);
        assertThat(note.highestIncrementalCost()).as("0,8 × 825 000").isEqualByComparingTo("660000");
        assertThat(note.highestYearlyDrugCost()).as("0,8 × 825 000 − 40 000").isEqualByComparingTo("620000");
        assertThat(note.breakEvenNetPrice()).as("620 000 ÷ 13 packs, rounded down to øre")
                .isEqualByComparingTo("47692.30");
        assertThat(note.lowestRebatePercent()).as("1 − 47 692,30 ÷ 60 000 = 20,5128 %, rounded up")
                .isEqualByComparingTo("20.52");
    }

    @Test
    void theIcerAtTheOfferedPriceIsComparedWithTheLimit() {
        PriceNote above = PriceNote.at(EXAMPLE, MAXIMUM, new BigDecimal("50000"));

        assertThat(above.yearlyDrugCost()).isEqualByComparingTo("650000");
        assertThat(above.incrementalCost()).isEqualByComparingTo("690000");
        assertThat(above.icer()).as("690 000 ÷ 0,8").isEqualByComparingTo("862500");
        assertThat(above.meetsLimit()).isFalse();
        assertThat(above.reductionNeeded()).isEqualByComparingTo("2307.70");

        PriceNote atBreakEven = PriceNote.at(EXAMPLE, MAXIMUM, above.breakEvenNetPrice());
        assertThat(atBreakEven.meetsLimit()).isTrue();
        assertThat(atBreakEven.icer()).isLessThanOrEqualTo(new BigDecimal("825000"));
        assertThat(atBreakEven.reductionNeeded()).isZero();
        assertThat(PriceNote.at(EXAMPLE, MAXIMUM, new BigDecimal("47692.31")).meetsLimit())
                .as("one øre above the break-even price").isFalse();
    }

    @Test
    void theLowestRebateGivesAPriceThatMeetsTheLimit() {
        PriceNote note = PriceNote.at(EXAMPLE, MAXIMUM, MAXIMUM);
        BigDecimal priceAtRebate = MAXIMUM.multiply(new BigDecimal("100").subtract(note.lowestRebatePercent()))
                .divide(new BigDecimal("100"));

        assertThat(PriceNote.at(EXAMPLE, MAXIMUM, priceAtRebate).meetsLimit()).isTrue();
        assertThat(PriceNote.at(EXAMPLE, MAXIMUM, MAXIMUM.multiply(new BigDecimal("0.7949"))).meetsLimit())
                .as("0,01 % less rebate").isFalse();
    }

    @Test
    void aMaximumPriceWithinTheLimitNeedsNoRebate() {
        PriceNote note = PriceNote.at(EXAMPLE, new BigDecimal("40000.00"), new BigDecimal("40000.00"));

        assertThat(note.meetsLimit()).isTrue();
        assertThat(note.breakEvenNetPrice()).isEqualByComparingTo("40000.00");
        assertThat(note.lowestRebatePercent()).isZero();
    }

    @Test
    void noPriceMeetsTheLimitWhereTheOtherCostsAloneExceedIt() {
        HealthEconomics costly = new HealthEconomics(new BigDecimal("0.1"), new BigDecimal("50000"), BigDecimal.ONE,
                new BigDecimal("2"));

        PriceNote note = PriceNote.at(costly, MAXIMUM, new BigDecimal("1.00"));

        assertThat(note.highestYearlyDrugCost()).as("0,1 × 275 000 − 50 000").isEqualByComparingTo("-22500");
        assertThat(note.isReachable()).isFalse();
        assertThat(note.breakEvenNetPrice()).isNull();
        assertThat(note.lowestRebatePercent()).isNull();
        assertThat(note.meetsLimit()).isFalse();
    }

    @Test
    void theComputationIsShownWithTheFigures() {
        PriceNote note = PriceNote.at(EXAMPLE, MAXIMUM, new BigDecimal("50000"));

        assertThat(note.computation(Formats.BOKMAL)).map(line -> line.replace('\u00a0', ' ').replace('\u202f', ' '))
                .containsExactly("50 000,00 × 13 = 650 000,00",
                        "(650 000,00 + 40 000,00) ÷ 0,8 = 862 500 > 825 000",
                        "0,8 × 825 000 − 40 000,00 = 620 000,00",
                        "620 000,00 ÷ 13 = 47 692,30",
                        "(1 − 47 692,30 ÷ 60 000,00) × 100 = 20,52 %");
    }

    @ParameterizedTest(name = "a shortfall of {0} QALYs is class {1}: {2} NOK per QALY")
    @CsvSource({"0, 1, 275000", "3.9, 1, 275000", "4, 2, 385000", "7.9, 2, 385000", "8, 3, 495000",
            "11.9, 3, 495000", "12, 4, 605000", "15.9, 4, 605000", "16, 5, 715000", "19.9, 5, 715000",
            "20, 6, 825000", "45, 6, 825000"})
    void theSeverityClassFollowsTheAbsoluteShortfall(String shortfall, int number, String willingnessToPay) {
        SeverityClass severity = SeverityClass.ofShortfall(new BigDecimal(shortfall));

        assertThat(severity.number()).isEqualTo(number);
        assertThat(severity.willingnessToPay()).isEqualByComparingTo(willingnessToPay);
    }
}
