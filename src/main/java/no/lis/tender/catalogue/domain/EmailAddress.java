package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked only for its plain shape ({@code name@domain.tld}); whether it
 * reaches anyone is for the mail server to say. Kept in lower case, so that one address is one value.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        value = Checks.required(value).toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new DomainException(null, "email.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
