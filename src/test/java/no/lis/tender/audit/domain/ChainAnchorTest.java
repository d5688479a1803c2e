package no.lis.tender.audit.domain;

import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChainAnchorTest {

    @Test
    void noNumberAndNoHashIsNoAnchor() {
        Validation validation = new Validation();

        assertThat(ChainAnchor.of(null, " ", validation)).isEmpty();
        assertThat(validation.isValid()).isTrue();
    }

    @Test
    void aNumberWithItsHashIsAnAnchorInLowerCase() {
        Validation validation = new Validation();

        assertThat(ChainAnchor.of(7L, " " + "AB".repeat(32) + " ", validation))
                .isEqualTo(Optional.of(new ChainAnchor(7, "ab".repeat(32))));
    }

    @Test
    void halfAnAnchorOrABadHashIsRefusedUnderItsField() {
        Validation onlyNumber = new Validation();
        ChainAnchor.of(7L, null, onlyNumber);
        Validation badHash = new Validation();
        ChainAnchor.of(0L, "xyz", badHash);

        assertThat(onlyNumber.violations()).containsExactly(new Violation("hash", "validation.required"));
        assertThat(badHash.violations()).containsExactly(new Violation("sequence", "securityLog.anchor.sequence"),
                new Violation("hash", "securityLog.anchor.hash"));
    }
}
