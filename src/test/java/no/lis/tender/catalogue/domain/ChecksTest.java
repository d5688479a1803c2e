package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class ChecksTest {

    @Test
    void textIsStrippedAndMayFillItsColumn() {
        assertThat(Checks.text("  Humira ", 6)).isEqualTo("Humira");
    }

    @Test
    void textLongerThanItsColumnIsRefusedWithTheLimit() {
        assertThat(Violations.of(() -> Checks.text("Humira", 5))).containsExactly(violation(null, "text.tooLong", 5));
    }

    @Test
    void blankOptionalTextIsLeftOut() {
        assertThat(Checks.optionalText("  ", 5)).isNull();
        assertThat(Checks.optionalText(null, 5)).isNull();
        assertThat(Checks.optionalText(" ola ", 5)).isEqualTo("ola");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.000001", "1", "999999999.999999"})
    void amountAboveZeroWithSixDecimalsAtMostIsAccepted(String amount) {
        assertThat(Checks.positiveAmount(new BigDecimal(amount))).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.0000001", "1000000000"})
    void amountOfZeroOrLessOrTooFineOrTooLargeIsRefused(String amount) {
        assertThat(Violations.of(() -> Checks.positiveAmount(new BigDecimal(amount))))
                .containsExactly(violation(null, "amount.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "10000.50", "12.3000", "9999999999.99"})
    void priceOfZeroOrMoreInWholeOreIsAccepted(String price) {
        assertThat(Checks.price(new BigDecimal(price))).isEqualByComparingTo(price);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "10.005", "10000000000"})
    void negativePriceOrFractionsOfOreOrTooLargeIsRefusedWithPriceMessage(String price) {
        assertThat(Violations.of(() -> Checks.price(new BigDecimal(price))))
                .containsExactly(violation(null, "price.invalid"));
    }

    @Test
    void missingPriceIsRequired() {
        assertThat(Violations.of(() -> Checks.price(null))).containsExactly(violation(null, "validation.required"));
    }

    @Test
    void violationsOfAPartAreFiledUnderItsPath() {
        Validation validation = new Validation();

        Ddd ddd = Checks.nested(validation, "ddd", () -> new Ddd(BigDecimal.ZERO, DoseUnit.MG, null));

        assertThat(ddd).isNull();
        assertThat(validation.violations()).containsExactly(
                violation("ddd.amount", "amount.invalid"),
                violation("ddd.route", "validation.required"));
    }

    @Test
    void violationOfAMissingPartIsFiledUnderThePathItself() {
        Validation validation = new Validation();

        Checks.nested(validation, "pack", () -> Checks.present(null));

        assertThat(validation.violations()).containsExactly(violation("pack", "validation.required"));
    }
}
