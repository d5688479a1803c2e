package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @Test
    void addressIsKeptTrimmedInLowerCase() {
        assertThat(new EmailAddress(" Anbud@Leverandor.NO ").value()).isEqualTo("anbud@leverandor.no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anbud", "anbud@", "@leverandor.no", "anbud@leverandor", "an bud@leverandor.no",
            "anbud@@leverandor.no", "anbud@leverandor..no", "anbud@leverandor.no."})
    void addressNotOfTheFormNameAtDomainIsRefused(String typed) {
        assertThat(Violations.of(() -> new EmailAddress(typed))).containsExactly(violation(null, "email.invalid"));
    }

    @Test
    void addressLongerThanMailAllowsIsRefused() {
        String tooLong = "a".repeat(EmailAddress.MAX_LENGTH) + "@x.no";

        assertThat(Violations.of(() -> new EmailAddress(tooLong))).containsExactly(violation(null, "email.invalid"));
    }
}
