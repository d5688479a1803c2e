package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AtcCodeTest {

    @Test
    void codeIsTrimmedAndUpperCased() {
        assertThat(new AtcCode("  l04ab04 ").value()).isEqualTo("L04AB04");
    }

    @ParameterizedTest
    @ValueSource(strings = {"L04AB0", "L04AB044", "L04A B04", "104AB04", "L4AAB04", "L04A104", "L04ABX4"})
    void codeNotOfTheLevelFiveShapeIsRefused(String typed) {
        assertThat(Violations.of(() -> new AtcCode(typed))).containsExactly(violation(null, "atc.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void missingCodeIsRequired(String typed) {
        assertThat(Violations.of(() -> new AtcCode(typed))).containsExactly(violation(null, "validation.required"));
        assertThat(Violations.of(() -> new AtcCode(null))).containsExactly(violation(null, "validation.required"));
    }

    @Test
    void eachLevelIsTheCodeOfTheGroupAbove() {
        AtcCode adalimumab = new AtcCode("L04AB04");

        assertThat(adalimumab.level(1)).isEqualTo("L");
        assertThat(adalimumab.level(2)).isEqualTo("L04");
        assertThat(adalimumab.level(3)).isEqualTo("L04A");
        assertThat(adalimumab.level(4)).isEqualTo("L04AB");
        assertThat(adalimumab.level(5)).isEqualTo("L04AB04");
    }

    @Test
    void therapeuticGroupIsTheFirstFiveCharacters() {
        assertThat(new AtcCode("A10BA02").therapeuticGroup()).isEqualTo("A10BA");
    }

    @Test
    void levelsOutsideOneToFiveDoNotExist() {
        AtcCode code = new AtcCode("L04AB04");

        assertThatIllegalArgumentException().isThrownBy(() -> code.level(0));
        assertThatIllegalArgumentException().isThrownBy(() -> code.level(6));
    }

    @Test
    void prefixTypedToFindAGroupIsUpperCasedAndBlankMeansNone() {
        assertThat(AtcCode.prefixOf(" l04a ")).isEqualTo("L04A");
        assertThat(AtcCode.prefixOf(" ")).isNull();
        assertThat(AtcCode.prefixOf(null)).isNull();
    }

    @Test
    void codesAreEqualByValue() {
        assertThat(new AtcCode("l04ab04")).isEqualTo(new AtcCode("L04AB04")).hasToString("L04AB04");
    }
}
