package no.lis.tender.agreements.award.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Norwegian users read them in the messages of awards and agreements. */
public final class AwardTexts {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AwardTexts() {
    }

    /** E.g. "12.03.2026", for message arguments. */
    public static String date(LocalDate date) {
        return SHOWN_DATE.format(date);
    }
}
