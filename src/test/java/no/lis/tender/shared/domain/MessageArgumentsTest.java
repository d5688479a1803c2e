package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages fill in dates, times and amounts passed as values in the language of the message. */
class MessageArgumentsTest {

    @Test
    void aDateArgumentReadsAsTheLanguageOfTheMessageWritesIt() {
        LocalDate end = LocalDate.of(2026, 4, 12);

        assertThat(Messages.format(Messages.BOKMAL, "agreements.standstill.notEnded", end)).contains("12.04.2026")
                .doesNotContain("2026-04-12");
        assertThat(Messages.format(Locale.ENGLISH, "agreements.standstill.notEnded", end)).contains("12 Apr 2026");
    }

    @Test
    void anInstantArgumentReadsInNorwegianTime() {
        Instant deadline = Instant.parse("2026-03-01T11:00:00Z");

        assertThat(Messages.format(Messages.BOKMAL, "offers.deadlinePassed", deadline)).contains("01.03.2026 12:00");
        assertThat(Messages.format(Locale.ENGLISH, "offers.deadlinePassed", deadline)).contains("1 Mar 2026 12:00");
    }

    @Test
    void moneyAndDecimalArgumentsUseTheGroupingAndDecimalSignOfTheLanguage() {
        assertThat(Messages.format(Messages.BOKMAL, "agreements.direct.aboveMaximumPrice", Money.of("12345.5")))
                .contains("12\u00a0345,50 kr");
        assertThat(Messages.format(Locale.ENGLISH, "agreements.direct.aboveMaximumPrice", Money.of("12345.5")))
                .contains("NOK 12,345.50");
        assertThat(Messages.format(Locale.ENGLISH, "evaluation.price.computation.perDdd", Money.of("900"),
                new BigDecimal("20.0000"), Money.of("45"))).isEqualTo("NOK 900.00 / 20.0000 DDD = NOK 45.00 per DDD");
    }
}
