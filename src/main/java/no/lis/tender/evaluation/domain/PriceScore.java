package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.PriceFormula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The price points an offer earns by the {@link PriceFormula} stated in the tender documents. All
 * prices are on the lot's common basis ({@link PricePerUnit}); points are rounded once, half up,
 * to {@value #SCALE} decimals. An offer at the lowest price earns full points by either formula.
 */
public final class PriceScore {

    public static final int SCALE = 4;

    private PriceScore() {
    }

    /**
     * Points by {@code formula}; {@code maximumPrice} is the stated maximum (e.g. the maximum price
     * per DDD) and is needed for {@link PriceFormula#LINEAR} only.
     */
    public static BigDecimal points(PriceFormula formula, int maxPoints, BigDecimal lowest, BigDecimal offered,
                                    BigDecimal maximumPrice) {
        return switch (formula) {
            case LOWEST_PRICE_RATIO -> lowestPriceRatio(maxPoints, lowest, offered);
            case LINEAR -> linear(maxPoints, lowest, offered, maximumPrice);
        };
    }

    /** lowest / offered × max points. */
    public static BigDecimal lowestPriceRatio(int maxPoints, BigDecimal lowest, BigDecimal offered) {
        requirePositive(lowest, "lowest");
        requirePositive(offered, "offered");
        return lowest.multiply(BigDecimal.valueOf(maxPoints)).divide(offered, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * max points × (maximum price - offered) / (maximum price - lowest), at least 0: full points at
     * the lowest price, none at or above the maximum price.
     */
    public static BigDecimal linear(int maxPoints, BigDecimal lowest, BigDecimal offered, BigDecimal maximumPrice) {
        requirePositive(lowest, "lowest");
        requirePositive(offered, "offered");
        requirePositive(maximumPrice, "maximumPrice");
        BigDecimal full = BigDecimal.valueOf(maxPoints).setScale(SCALE, RoundingMode.HALF_UP);
        if (offered.compareTo(lowest) <= 0) {
            return full;
        }
        if (offered.compareTo(maximumPrice) >= 0) {
            return BigDecimal.ZERO.setScale(SCALE, RoundingMode.HALF_UP);
        }
        return full.multiply(maximumPrice.subtract(offered))
                .divide(maximumPrice.subtract(lowest), SCALE, RoundingMode.HALF_UP);
    }

    private static void requirePositive(BigDecimal price, String name) {
        if (Objects.requireNonNull(price, name).signum() <= 0) {
            throw new IllegalArgumentException(name + " must be a positive price, not " + price);
        }
    }
}
