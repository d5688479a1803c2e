package no.lis.tender.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An amount of Norwegian kroner, to the øre: always two decimals, rounded half up once, where an
 * amount is made ({@link #of}). Sums and differences stay exact; a product is rounded again. An
 * amount may be negative (a price above the maximum saves less than nothing); where the domain
 * needs it not to be, it says so with {@link #requireNonNegative}.
 *
 * <p>Stored and exchanged as its {@link #amount()} ({@code BigDecimal}, scale 2), so columns and JSON
 * stay as they are.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(SCALE, ROUNDING);
    }

    /** {@code amount} NOK, rounded half up to whole øre. */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** {@code amount} NOK, e.g. {@code Money.of("8390.00")}. */
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** The sum of {@code amounts}; zero for none. */
    public static Money sum(Collection<Money> amounts) {
        return amounts.stream().reduce(ZERO, Money::plus);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times {@code factor} (a volume, a number of packs), rounded half up to whole øre. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * This amount, if it is not negative; otherwise the violation {@code money.negative} on
     * {@code field}, naming the amount.
     */
    public Money requireNonNegative(String field) {
        if (isNegative()) {
            throw new DomainException(field, "money.negative", this);
        }
        return this;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The plain amount, e.g. "8390.00" (for logs; users read it through {@link Formats#money}). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
