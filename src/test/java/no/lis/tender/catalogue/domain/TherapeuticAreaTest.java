package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class TherapeuticAreaTest {

    @Test
    void codeIsTakenInUpperCase() {
        TherapeuticArea area = new TherapeuticArea(" reuma ", "Revmatologi");

        assertThat(area.getCode()).isEqualTo("REUMA");
        assertThat(area.getName()).isEqualTo("Revmatologi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"R", "1ONKO", "REU MA", "REUMA!", "ABCDEFGHIJKLMNOPQRSTU"})
    void codeOfAnotherShapeIsRefusedWithItsRule(String code) {
        assertThat(Violations.of(() -> new TherapeuticArea(code, "Revmatologi")))
                .containsExactly(violation(null, "therapeuticArea.code.invalid", TherapeuticArea.CODE_LENGTH));
    }

    @Test
    void areaCanBeRenamed() {
        TherapeuticArea area = Examples.rheumatology();

        area.rename("Revmatologi og immunologi");

        assertThat(area.getName()).isEqualTo("Revmatologi og immunologi");
    }
}
