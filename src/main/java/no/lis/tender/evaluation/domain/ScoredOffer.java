package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One offer in a lot, scored and ready to be ranked.
 *
 * @param normalisedPrice the price on the lot's comparison basis ({@link PricePerUnit#amount()})
 * @param receivedAt      the time of receipt
 * @param scoreFraction   per criterion, the score divided by the criterion's max points: 0 to 1
 */
public record ScoredOffer(long offerId, String supplierName, BigDecimal normalisedPrice, Instant receivedAt,
                          Map<CriterionType, BigDecimal> scoreFraction) {

    public ScoredOffer {
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(normalisedPrice, "normalisedPrice");
        Objects.requireNonNull(receivedAt, "receivedAt");
        scoreFraction = Map.copyOf(scoreFraction);
        scoreFraction.forEach((type, fraction) -> {
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("the score fraction for " + type + " must be 0 to 1, not " + fraction);
            }
        });
    }
}
