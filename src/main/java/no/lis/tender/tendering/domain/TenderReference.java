package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The business identifier of a tender round, known to buyers and suppliers: a four-digit year,
 * upper-case alphanumeric segments and a two-digit sequence number, e.g. {@code 2026-LIS-TNF-01}.
 */
public record TenderReference(String value) implements Serializable {

    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}(-[A-Z0-9]+)+-[0-9]{2}");

    public TenderReference {
        if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new DomainException("reference", "tender.reference.invalid", value);
        }
    }

    /** Reads a reference as a user typed it: surrounding spaces and lower case are forgiven. */
    public static TenderReference parse(String text) {
        return new TenderReference(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
