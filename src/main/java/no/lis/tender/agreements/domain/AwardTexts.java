package no.lis.tender.agreements.domain;

import no.lis.tender.shared.domain.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Free text typed in awards and agreements (trimmed, blank means absent, and it must fit its
 * column) and dates as Norwegian users read them in messages.
 */
final class AwardTexts {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AwardTexts() {
    }

    /** The trimmed text, or null (recorded as missing) if blank; too long a text is recorded too. */
    static String required(Validation validation, String field, String text, int maxLength) {
        return validation.required(text, field) ? optional(validation, field, text, maxLength) : null;
    }

    /** The trimmed text, or null if blank; too long a text is recorded. */
    static String optional(Validation validation, String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        validation.check(trimmed.length() <= maxLength, field, "text.tooLong", maxLength);
        return trimmed;
    }

    /** E.g. "12.03.2026", for message arguments. */
    static String date(LocalDate date) {
        return SHOWN_DATE.format(date);
    }
}
