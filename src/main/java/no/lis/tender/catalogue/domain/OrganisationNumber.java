package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.regex.Pattern;

/**
 * A Norwegian organisation number from the Central Coordinating Register for Legal Entities: nine
 * digits, the last a modulus-11 check digit over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2.
 * The check digit is 11 minus the remainder of the weighted sum divided by 11, and 0 where the
 * remainder is 0; where it would be 10, no number starting with those eight digits is issued.
 */
public record OrganisationNumber(String value) {

    public static final int LENGTH = 9;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{9}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    /** Takes the number as typed, spaces and all ({@code 974 760 673}). */
    public OrganisationNumber {
        value = SPACES.matcher(Checks.required(value)).replaceAll("");
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(null, "organisationNumber.format");
        }
        int expected = checkDigitOf(value);
        if (expected == 10) {
            throw new DomainException(null, "organisationNumber.invalid");
        }
        if (expected != value.charAt(LENGTH - 1) - '0') {
            throw new DomainException(null, "organisationNumber.checkDigit", expected);
        }
    }

    private static int checkDigitOf(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? 0 : 11 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
