package no.lis.tender.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One qualified offer on one lot, as the evaluation reads it: the offered pack and its price, what
 * the catalogue knows of the pack, and the consensus scores the buyer has set for the offer.
 *
 * @param packPrice           the offered price per pack, NOK excluding VAT
 * @param dddsPerPack         from the catalogue (strength × pack size / the substance's DDD); null when
 *                            the pack is not in the catalogue or its substance has no DDD
 * @param maximumPricePerPack the pack's maximum price (AIP) in the catalogue, null if none is recorded; the
 *                            catalogue's 0 (it keeps a price of zero or more) counts as none
 * @param consensus           the consensus score per scored sub-criterion; those not yet set are absent
 * @param scenarioPrices      on a lot with price scenarios, the pack price offered under each, by scenario name;
 *                            empty otherwise
 */
public record LotCandidate(long offerId, long supplierId, String supplierName, Instant receivedAt, String varenummer,
                           BigDecimal packPrice, BigDecimal dddsPerPack, BigDecimal maximumPricePerPack,
                           Map<SubCriterionRef, Integer> consensus, Map<String, BigDecimal> scenarioPrices) {

    public LotCandidate {
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(varenummer, "varenummer");
        Objects.requireNonNull(packPrice, "packPrice");
        if (maximumPricePerPack != null && maximumPricePerPack.signum() <= 0) {
            maximumPricePerPack = null;
        }
        consensus = Map.copyOf(consensus);
        scenarioPrices = scenarioPrices == null ? Map.of() : Map.copyOf(scenarioPrices);
    }

    /** An offer on a lot with one price. */
    public LotCandidate(long offerId, long supplierId, String supplierName, Instant receivedAt, String varenummer,
                        BigDecimal packPrice, BigDecimal dddsPerPack, BigDecimal maximumPricePerPack,
                        Map<SubCriterionRef, Integer> consensus) {
        this(offerId, supplierId, supplierName, receivedAt, varenummer, packPrice, dddsPerPack, maximumPricePerPack,
                consensus, Map.of());
    }

    /**
     * This offer priced as under {@code scenario}: the pack price it offered for that scenario (its
     * pack price if it gave none for it).
     */
    public LotCandidate under(String scenario) {
        return new LotCandidate(offerId, supplierId, supplierName, receivedAt, varenummer,
                scenarioPrices.getOrDefault(scenario, packPrice), dddsPerPack, maximumPricePerPack, consensus,
                scenarioPrices);
    }

    /** Whether the price can be put on a comparison basis: the catalogue knows the DDDs in the pack. */
    public boolean isComparable() {
        return dddsPerPack != null && dddsPerPack.signum() > 0;
    }
}
