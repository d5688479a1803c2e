package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DoseUnitTest {

    @Test
    void massConvertsToGrams() {
        assertThat(DoseUnit.G.toBase(new BigDecimal("2"))).isEqualByComparingTo("2");
        assertThat(DoseUnit.MG.toBase(new BigDecimal("2.9"))).isEqualByComparingTo("0.0029");
        assertThat(DoseUnit.MCG.toBase(new BigDecimal("150"))).isEqualByComparingTo("0.00015");
    }

    @Test
    void thousandsAndMillionsOfUnitsConvertToUnits() {
        assertThat(DoseUnit.TU.toBase(new BigDecimal("2.5"))).isEqualByComparingTo("2500");
        assertThat(DoseUnit.MU.toBase(new BigDecimal("3"))).isEqualByComparingTo("3000000");
    }

    @Test
    void unitsOfOneKindConvertIntoEachOther() {
        assertThat(DoseUnit.MG.isConvertibleTo(DoseUnit.MCG)).isTrue();
        assertThat(DoseUnit.G.isConvertibleTo(DoseUnit.MG)).isTrue();
        assertThat(DoseUnit.IU.isConvertibleTo(DoseUnit.TU)).isTrue();
    }

    @Test
    void unitsOfDifferentKindsDoNotConvert() {
        assertThat(DoseUnit.MG.isConvertibleTo(DoseUnit.ML)).isFalse();
        assertThat(DoseUnit.MG.isConvertibleTo(DoseUnit.IU)).isFalse();
        assertThat(DoseUnit.MMOL.isConvertibleTo(DoseUnit.MG)).isFalse();
        assertThat(DoseUnit.ML.isConvertibleTo(DoseUnit.MMOL)).isFalse();
    }

    @Test
    void millimolesAndMillilitresConvertOnlyToThemselves() {
        assertThat(DoseUnit.MMOL.isConvertibleTo(DoseUnit.MMOL)).isTrue();
        assertThat(DoseUnit.ML.isConvertibleTo(DoseUnit.ML)).isTrue();
        assertThat(DoseUnit.ML.toBase(new BigDecimal("5"))).isEqualByComparingTo("5");
    }
}
