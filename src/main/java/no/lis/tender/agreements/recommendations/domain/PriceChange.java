package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.Varenummer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change of the agreed prices of a drug that is recommended for an indication in both versions:
 * shown in the priced edition only. A price that is absent on one side is {@code null}.
 */
public record PriceChange(String indication, Varenummer varenummer, String productName,
                          BigDecimal pricePerPackBefore, BigDecimal pricePerPackAfter,
                          BigDecimal pricePerDddBefore, BigDecimal pricePerDddAfter,
                          BigDecimal pricePerTreatmentPeriodBefore, BigDecimal pricePerTreatmentPeriodAfter) implements Serializable {

    public PriceChange {
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(varenummer, "varenummer");
        Objects.requireNonNull(productName, "productName");
    }

    /** After minus before per pack, e.g. -150.00 for a price cut. */
    public BigDecimal pricePerPackDifference() {
        return pricePerPackAfter.subtract(pricePerPackBefore);
    }
}
