package no.lis.tender.agreements.framework.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.regex.Pattern;

/**
 * The id of a case in the national system for new methods (Nye metoder), e.g. {@code ID2025_047}:
 * {@code ID}, the four-digit year the case was opened, an underscore and a three-digit number. A
 * direct agreement refers to the decision of the case it implements. Written in capitals; spaces
 * around it are ignored.
 */
public record NyeMetoderId(String value) {

    public static final int LENGTH = 10;
    private static final Pattern FORMAT = Pattern.compile("ID[0-9]{4}_[0-9]{3}");

    /** Refused unless it reads like {@code ID2025_047} ({@code agreements.nyeMetoderId.invalid}). */
    public NyeMetoderId {
        if (value == null || value.isBlank()) {
            throw new DomainException(null, "validation.required");
        }
        value = value.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(null, "agreements.nyeMetoderId.invalid", value);
        }
    }

    /** The year the case was opened, e.g. 2025 for {@code ID2025_047}. */
    public int year() {
        return Integer.parseInt(value.substring(2, 6));
    }

    @Override
    public String toString() {
        return value;
    }
}
