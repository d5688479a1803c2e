package no.lis.tender.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages show times (always Europe/Oslo), dates and amounts of money. */
@Named
@ApplicationScoped
public class FormatView {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String osloDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OSLO));
    }

    /** With seconds, where the exact moment matters (receipts, the opening). */
    public String osloDateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(OSLO));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** NOK with two decimals and Norwegian grouping, e.g. "12 345,50". */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
