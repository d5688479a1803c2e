package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.DomainException;

import java.io.Serializable;
import java.util.regex.Pattern;

/** The Norwegian number of one pack of a medicine (varenummer): exactly six digits. */
public record Varenummer(String value) implements Serializable {

    public static final int LENGTH = 6;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{6}");

    public Varenummer {
        value = Checks.required(value);
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(null, "varenummer.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
