package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Money;

import java.math.BigDecimal;
import java.util.Objects;

/** What an agreement saves against the maximum price (AIP), in NOK. */
public final class Savings {

    private Savings() {
    }

    /**
     * (maximum price - offered price) × estimated volume, prices and volume on the same basis
     * (e.g. per DDD and DDDs a year), rounded half up to whole øre. A price above the maximum gives
     * a negative saving, which is returned as such.
     */
    public static Money perLot(BigDecimal maximumPrice, BigDecimal offeredPrice, BigDecimal estimatedVolume) {
        Objects.requireNonNull(maximumPrice, "maximumPrice");
        Objects.requireNonNull(offeredPrice, "offeredPrice");
        Objects.requireNonNull(estimatedVolume, "estimatedVolume");
        return Money.of(maximumPrice.subtract(offeredPrice).multiply(estimatedVolume));
    }

    /**
     * The same for a volume in DDDs of a pack with {@code dddsPerPack} DDDs:
     * (maximum price - offered price) per pack × DDDs / DDDs per pack, rounded half up to whole øre once.
     */
    public static Money perLotInDdds(BigDecimal maximumPricePerPack, BigDecimal offeredPricePerPack,
                                          BigDecimal dddsPerPack, BigDecimal estimatedDdds) {
        Objects.requireNonNull(dddsPerPack, "dddsPerPack");
        if (dddsPerPack.signum() <= 0) {
            throw new IllegalArgumentException("a pack holds a positive number of DDDs, not " + dddsPerPack);
        }
        return Money.of(maximumPricePerPack.subtract(offeredPricePerPack).multiply(estimatedDdds)
                .divide(dddsPerPack, Money.SCALE, Money.ROUNDING));
    }
}
