package no.lis.tender.documents.domain;

import no.lis.tender.shared.domain.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How numbers, dates and times read in the tender documents: in bokmål, times in Norwegian time. */
public final class DocumentFormat {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OSLO);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(OSLO);

    private DocumentFormat() {
    }

    /** E.g. "125 000" or "2,9": grouped by (no-break) spaces, a decimal comma, no trailing zeros. */
    public static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.BOKMAL);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** E.g. "01.03.2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A deadline in Norwegian time, e.g. "01.03.2026 12:00". */
    public static String minutes(Instant instant) {
        return MINUTES.format(instant);
    }

    /** A time of receipt in Norwegian time to the second, e.g. "01.03.2026 11:59:58". */
    public static String seconds(Instant instant) {
        return SECONDS.format(instant);
    }
}
