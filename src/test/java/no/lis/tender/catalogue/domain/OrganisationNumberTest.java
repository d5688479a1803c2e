package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check digits worked by hand: 974760673 (Brønnøysundregistrene): 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173,
 * 173 mod 11 = 8, 11 − 8 = 3. 983887457: sum 202, mod 11 = 4, check 7. 100000040: sum 11, mod 11 = 0,
 * check 0. 10000013x: sum 12, mod 11 = 1, check would be 10.
 */
class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "983887457", "100000040"})
    void numberWithRightCheckDigitIsValid(String number) {
        assertThat(new OrganisationNumber(number).value()).isEqualTo(number);
    }

    @Test
    void spacesAsTypedAreDropped() {
        assertThat(new OrganisationNumber(" 974 760 673 ").value()).isEqualTo("974760673");
        assertThat(new OrganisationNumber("974\u00A0760\u00A0673").value()).isEqualTo("974760673");
    }

    @Test
    void wrongCheckDigitIsRefusedWithCheckDigitMessage() {
        assertThat(Violations.of(() -> new OrganisationNumber("974760674")))
                .containsExactly(violation(null, "organisationNumber.checkDigit", 3));
    }

    @Test
    void remainderZeroWantsCheckDigitZero() {
        assertThat(Violations.of(() -> new OrganisationNumber("100000041")))
                .containsExactly(violation(null, "organisationNumber.checkDigit", 0));
    }

    @Test
    void numberWhoseCheckDigitWouldBeTenIsInvalidWhateverItsLastDigit() {
        for (int last = 0; last <= 9; last++) {
            String number = "10000013" + last;
            assertThat(Violations.of(() -> new OrganisationNumber(number)))
                    .containsExactly(violation(null, "organisationNumber.invalid"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"97476067", "9747606731", "97476067A", "974-760-673", "NO974760673"})
    void anythingButNineDigitsIsRefusedWithFormatMessage(String typed) {
        assertThat(Violations.of(() -> new OrganisationNumber(typed)))
                .containsExactly(violation(null, "organisationNumber.format"));
    }

    @Test
    void missingNumberIsRequired() {
        assertThat(Violations.of(() -> new OrganisationNumber(null)))
                .containsExactly(violation(null, "validation.required"));
    }
}
