package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final Formats NB = Formats.of(Messages.BOKMAL);
    private static final Formats EN = Formats.of(Locale.ENGLISH);
    /** The grouping separator of bokmål. */
    private static final String NBSP = "\u00a0";

    @Test
    void bokmalIsTheFormOfEveryLanguageButEnglish() {
        assertThat(Formats.of(Locale.forLanguageTag("nn"))).isSameAs(Formats.BOKMAL);
        assertThat(Formats.of(Locale.GERMAN)).isSameAs(Formats.BOKMAL);
        assertThat(Formats.of(null)).isSameAs(Formats.BOKMAL);
        assertThat(Formats.of(Locale.UK)).isSameAs(Formats.ENGLISH);
    }

    @Test
    void datesReadDayMonthYearInBokmalAndWithTheMonthsNameInEnglish() {
        LocalDate date = LocalDate.of(2026, 3, 12);

        assertThat(NB.date(date)).isEqualTo("12.03.2026");
        assertThat(EN.date(date)).isEqualTo("12 Mar 2026");
        assertThat(NB.date(null)).isEmpty();
    }

    @Test
    void timesAreNorwegianWallClockTimeInWinterAndInSummer() {
        Instant winter = Instant.parse("2026-03-01T11:00:00Z");
        Instant summer = Instant.parse("2026-07-01T10:00:05Z");

        assertThat(NB.dateTime(winter)).isEqualTo("01.03.2026 12:00");
        assertThat(NB.dateTimeSeconds(summer)).isEqualTo("01.07.2026 12:00:05");
        assertThat(EN.dateTime(summer)).isEqualTo("1 Jul 2026 12:00");
        assertThat(EN.dateTimeSeconds(winter)).isEqualTo("1 Mar 2026 12:00:00");
    }

    @Test
    void timesAcrossTheChangesToAndFromSummerTimeKeepTheirOrderAndOffset() {
        // Norway moves its clocks forward at 01:00 UTC on 29.03.2026 and back at 01:00 UTC on 25.10.2026.
        assertThat(NB.dateTime(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29.03.2026 01:59");
        assertThat(NB.dateTime(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29.03.2026 03:00");
        assertThat(NB.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25.10.2026 02:30");
        assertThat(NB.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25.10.2026 02:30");
        assertThat(NB.dateTime(Instant.parse("2026-10-25T02:30:00Z"))).isEqualTo("25.10.2026 03:30");
    }

    @Test
    void moneyHasTwoDecimalsRoundedHalfUpAndTheGroupingOfTheLanguage() {
        assertThat(NB.money(new BigDecimal("1234.5"))).isEqualTo("1" + NBSP + "234,50");
        assertThat(EN.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(NB.money(new BigDecimal("0.125"))).isEqualTo("0,13");
        assertThat(NB.money(Money.of("123456.78"))).isEqualTo("123" + NBSP + "456,78");
        assertThat(NB.money((BigDecimal) null)).isEmpty();
    }

    @Test
    void kronerPutTheCurrencyWhereTheLanguageDoes() {
        assertThat(NB.kroner(new BigDecimal("8390"))).isEqualTo("8" + NBSP + "390,00 kr");
        assertThat(EN.kroner(new BigDecimal("8390"))).isEqualTo("NOK 8,390.00");
        assertThat(NB.kroner(null)).isEmpty();
    }

    @Test
    void aPricePerDddShowsTwoToFourDecimals() {
        assertThat(NB.perDdd(new BigDecimal("263.9397"))).isEqualTo("263,9397");
        assertThat(NB.perDdd(new BigDecimal("304.1400"))).isEqualTo("304,14");
        assertThat(NB.perDdd(new BigDecimal("12.345678"))).isEqualTo("12,3457");
        assertThat(EN.kronerPerDdd(new BigDecimal("263.9397"))).isEqualTo("NOK 263.9397");
        assertThat(NB.kronerPerDdd(new BigDecimal("1350"))).isEqualTo("1" + NBSP + "350,00 kr");
    }

    @Test
    void pointsHaveTwoDecimals() {
        assertThat(NB.points(new BigDecimal("58.725"))).isEqualTo("58,73");
        assertThat(EN.points(new BigDecimal("100"))).isEqualTo("100.00");
    }

    @Test
    void percentagesKeepTheirDecimalsWithTheSignAsTheLanguageWritesIt() {
        assertThat(NB.percent(30)).isEqualTo("30 %");
        assertThat(NB.percent(new BigDecimal("87.5"))).isEqualTo("87,5 %");
        assertThat(NB.percent(new BigDecimal("27.50"))).isEqualTo("27,50 %");
        assertThat(EN.percent(30)).isEqualTo("30%");
        assertThat(EN.percent(new BigDecimal("87.5"))).isEqualTo("87.5%");
        assertThat(NB.percent(null)).isEmpty();
    }

    @Test
    void numbersShowWhatTheyHoldWithoutTrailingZerosOrWithTheirScale() {
        assertThat(NB.number(new BigDecimal("125000.000"))).isEqualTo("125" + NBSP + "000");
        assertThat(NB.number(new BigDecimal("2.90"))).isEqualTo("2,9");
        assertThat(EN.number(new BigDecimal("27.5862"))).isEqualTo("27.5862");
        assertThat(NB.decimal(new BigDecimal("2.50"))).isEqualTo("2,50");
        assertThat(EN.decimal(new BigDecimal("1E+3"))).isEqualTo("1,000");
    }

    @Test
    void listsReadAsAPersonWritesThemNeverAsBrackets() {
        assertThat(NB.list(java.util.List.of("Sandoz AS", "AbbVie AS"))).isEqualTo("Sandoz AS og AbbVie AS");
        assertThat(NB.list(java.util.List.of(1, 2, 3))).isEqualTo("1, 2 og 3");
        assertThat(EN.list(java.util.List.of("Ingrid Berg", "Lars Moe"))).isEqualTo("Ingrid Berg and Lars Moe");
        assertThat(NB.list(java.util.List.of("Lars Moe"))).isEqualTo("Lars Moe");
        assertThat(NB.list(java.util.List.of())).isEmpty();
    }
}
