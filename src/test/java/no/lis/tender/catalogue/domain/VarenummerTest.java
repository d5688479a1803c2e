package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class VarenummerTest {

    @Test
    void sixDigitsAreAVarenummer() {
        assertThat(new Varenummer(" 012345 ").value()).isEqualTo("012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12345a", "123 456", "١٢٣٤٥٦"})
    void anythingButSixDigitsIsRefused(String typed) {
        assertThat(Violations.of(() -> new Varenummer(typed))).containsExactly(violation(null, "varenummer.invalid"));
    }

    @Test
    void missingVarenummerIsRequired() {
        assertThat(Violations.of(() -> new Varenummer(" "))).containsExactly(violation(null, "validation.required"));
    }
}
