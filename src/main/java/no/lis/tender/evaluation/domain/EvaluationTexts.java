package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Validation;

/** Free text typed in the evaluation: trimmed, blank means absent, and it must fit its column. */
final class EvaluationTexts {

    private EvaluationTexts() {
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
}
