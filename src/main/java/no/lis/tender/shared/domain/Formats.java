package no.lis.tender.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How dates, times, amounts of money, prices per DDD, points and percentages read in one language:
 * the one place the pages ({@code FormatView}), the PDFs and the messages ({@link Messages}) format
 * them. Times are always shown in Norwegian time ({@link #OSLO}), whatever the language.
 *
 * <table>
 * <caption>The forms</caption>
 * <tr><th></th><th>bokmål</th><th>English</th></tr>
 * <tr><td>date</td><td>12.03.2026</td><td>12 Mar 2026</td></tr>
 * <tr><td>time</td><td>12.03.2026 14:30</td><td>12 Mar 2026 14:30</td></tr>
 * <tr><td>money</td><td>1 234,50 (no-break space)</td><td>1,234.50</td></tr>
 * <tr><td>kroner</td><td>1 234,50 kr</td><td>NOK 1,234.50</td></tr>
 * <tr><td>per DDD</td><td>263,9397</td><td>263.9397</td></tr>
 * <tr><td>percent</td><td>12,5 %</td><td>12.5%</td></tr>
 * </table>
 *
 * Numbers are rounded half up. A missing value ({@code null}) is shown as the empty text.
 */
public final class Formats {

    /** Norwegian time, in which every instant is shown. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Every text in bokmål: the PDFs, which are written in bokmål. */
    public static final Formats BOKMAL = new Formats(Messages.BOKMAL);
    public static final Formats ENGLISH = new Formats(Locale.ENGLISH);

    /** A price per DDD carries four decimals ({@code PricePerUnit.SCALE}); at least two are shown, as for money. */
    private static final int PER_DDD_DECIMALS = 4;

    private final Locale locale;
    private final boolean english;
    private final DateTimeFormatter date;
    private final DateTimeFormatter minutes;
    private final DateTimeFormatter seconds;

    private Formats(Locale locale) {
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
        String day = english ? "d MMM uuuu" : "dd.MM.uuuu";
        this.date = DateTimeFormatter.ofPattern(day, locale);
        this.minutes = DateTimeFormatter.ofPattern(day + " HH:mm", locale).withZone(OSLO);
        this.seconds = DateTimeFormatter.ofPattern(day + " HH:mm:ss", locale).withZone(OSLO);
    }

    /** English for a locale of that language, bokmål for every other (as {@link Messages#preferred}). */
    public static Formats of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : BOKMAL;
    }

    public Locale locale() {
        return locale;
    }

    /** E.g. "12.03.2026" or "12 Mar 2026". */
    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** A moment in Norwegian time to the minute, e.g. "12.03.2026 14:30". */
    public String dateTime(Instant value) {
        return value == null ? "" : minutes.format(value);
    }

    /** With seconds, where the exact moment matters (receipts, the opening), e.g. "12.03.2026 14:30:05". */
    public String dateTimeSeconds(Instant value) {
        return value == null ? "" : seconds.format(value);
    }

    /** An amount of NOK with two decimals and grouping, without the currency, e.g. "12 345,50". */
    public String money(BigDecimal amount) {
        return decimal(amount, Money.SCALE, Money.SCALE);
    }

    public String money(Money amount) {
        return amount == null ? "" : money(amount.amount());
    }

    /** An amount of NOK with the currency where the language puts it: "12 345,50 kr", "NOK 12,345.50". */
    public String kroner(BigDecimal amount) {
        return withCurrency(money(amount));
    }

    /** A price per DDD (or on another comparison basis): two to four decimals, e.g. "263,9397" or "304,14". */
    public String perDdd(BigDecimal price) {
        return decimal(price, Money.SCALE, PER_DDD_DECIMALS);
    }

    /** {@link #perDdd} with the currency: "263,9397 kr", "NOK 263.9397". */
    public String kronerPerDdd(BigDecimal price) {
        return withCurrency(perDdd(price));
    }

    /** Points of an evaluation, two decimals, e.g. "58,73". */
    public String points(BigDecimal points) {
        return decimal(points, 2, 2);
    }

    /** A number as exact as it is given, without trailing zeros, e.g. "125 000", "2,9", "27,5862". */
    public String number(BigDecimal value) {
        return value == null ? "" : decimal(value, 0, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** A number with the decimals its scale says, e.g. "27,5862" for 27.5862 and "2,50" for 2.50. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : decimal(value, Math.max(0, value.scale()), Math.max(0, value.scale()));
    }

    /**
     * A percentage with the decimals of its scale: "30 %", "12,5 %" in bokmål (a space before the
     * sign, as Norwegian writes it), "30%", "12.5%" in English.
     */
    public String percent(Number value) {
        if (value == null) {
            return "";
        }
        String number = decimal(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
        return english ? number + "%" : number + " %";
    }

    /**
     * Names or numbers as a reader lists them: "Ingrid Berg, Lars Moe og Siri Dahl" in bokmål, "… and …"
     * in English; never the "[a, b]" of a Java list. Empty for none.
     */
    public String list(Collection<?> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        List<String> texts = items.stream().map(String::valueOf).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + (english ? " and " : " og ")
                + texts.get(texts.size() - 1);
    }

    private String withCurrency(String amount) {
        if (amount.isEmpty()) {
            return amount;
        }
        return english ? "NOK " + amount : amount + " kr";
    }

    private String decimal(BigDecimal value, int minDecimals, int maxDecimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public String toString() {
        return "Formats[" + Objects.toString(locale) + "]";
    }
}
