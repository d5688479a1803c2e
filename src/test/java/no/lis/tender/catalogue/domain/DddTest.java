package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class DddTest {

    private static final Ddd ADALIMUMAB = new Ddd(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.PARENTERAL);

    @Test
    void everyMissingOrWrongPartIsReportedAtOnce() {
        assertThat(Violations.of(() -> new Ddd(new BigDecimal("-1"), null, null))).containsExactly(
                violation("amount", "amount.invalid"),
                violation("unit", "validation.required"),
                violation("route", "validation.required"));
    }

    @Test
    void dddsInAQuantityAreCountedInTheDddsUnit() {
        assertThat(ADALIMUMAB.dddsIn(new BigDecimal("5.8"), DoseUnit.MG)).hasValueSatisfying(
                ddds -> assertThat(ddds).isEqualByComparingTo("2"));
        assertThat(ADALIMUMAB.dddsIn(new BigDecimal("0.0029"), DoseUnit.G)).hasValueSatisfying(
                ddds -> assertThat(ddds).isEqualByComparingTo("1"));
    }

    @Test
    void quantityInAUnitOfAnotherKindHasNoDdds() {
        assertThat(ADALIMUMAB.dddsIn(new BigDecimal("1"), DoseUnit.ML)).isEmpty();
    }

    @Test
    void dddsAreEqualWhateverTheScaleOfTheirAmount() {
        Ddd stored = new Ddd(new BigDecimal("2.900000"), DoseUnit.MG, AdministrationRoute.PARENTERAL);

        assertThat(stored).isEqualTo(ADALIMUMAB).hasSameHashCodeAs(ADALIMUMAB);
        assertThat(stored).isNotEqualTo(new Ddd(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.ORAL));
    }

    @Test
    void dddReadsAsTheWhoWritesIt() {
        assertThat(ADALIMUMAB).hasToString("2.9 MG P");
    }
}
