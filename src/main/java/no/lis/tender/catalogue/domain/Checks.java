package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The guards that the catalogue's objects share. Each throws a {@link DomainException} without a
 * field, so that a use case's {@link no.lis.tender.shared.domain.Validation} can file it under the
 * field of the command it parses, and the objects themselves refuse the same input.
 */
public final class Checks {

    /** Amounts (DDDs, strengths, pack sizes) are stored as DECIMAL(15,6). */
    public static final int AMOUNT_SCALE = 6;
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(15 - AMOUNT_SCALE);

    /** Prices in NOK are stored as DECIMAL(12,2): whole øre. */
    public static final int PRICE_SCALE = 2;
    private static final BigDecimal PRICE_LIMIT = BigDecimal.TEN.pow(12 - PRICE_SCALE);

    private Checks() {
    }

    /** Refuses a missing value. */
    public static <T> T present(T value) {
        if (value == null) {
            throw new DomainException(null, "validation.required");
        }
        return value;
    }

    /** Refuses a missing or blank text; returns it stripped of surrounding white space. */
    public static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException(null, "validation.required");
        }
        return value.strip();
    }

    /** {@link #required(String)}, and no longer than {@code maxLength} characters. */
    public static String text(String value, int maxLength) {
        String text = required(value);
        if (text.length() > maxLength) {
            throw new DomainException(null, "text.tooLong", maxLength);
        }
        return text;
    }

    /** A text that may be left out: blank becomes {@code null}; otherwise as {@link #text}. */
    public static String optionalText(String value, int maxLength) {
        return strippedOrNull(value) == null ? null : text(value, maxLength);
    }

    /** The text without surrounding white space, or {@code null} where nothing is left. */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A quantity of something: more than zero, at most six decimals, less than a billion. */
    public static BigDecimal positiveAmount(BigDecimal value) {
        BigDecimal amount = present(value);
        if (amount.signum() <= 0 || decimals(amount) > AMOUNT_SCALE || amount.compareTo(AMOUNT_LIMIT) >= 0) {
            throw new DomainException(null, "amount.invalid");
        }
        return amount;
    }

    /** An amount of NOK: zero or more, whole øre, less than ten billion. */
    public static BigDecimal price(BigDecimal value) {
        BigDecimal price = present(value);
        if (price.signum() < 0 || decimals(price) > PRICE_SCALE || price.compareTo(PRICE_LIMIT) >= 0) {
            throw new DomainException(null, "price.invalid");
        }
        return price;
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /**
     * Parses a part with fields of its own (a DDD, a group member): its violations are recorded under
     * {@code path.field}, e.g. {@code ddd.amount}, and {@code null} is returned.
     */
    public static <T> T nested(Validation validation, String path, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException e) {
            e.violations().forEach(violation -> validation.add(under(path, violation)));
            return null;
        }
    }

    /** The same violation, filed under {@code path.field}. */
    public static Violation under(String path, Violation violation) {
        String field = violation.field() == null ? path : path + "." + violation.field();
        return new Violation(field, violation.messageKey(), violation.arguments());
    }
}
