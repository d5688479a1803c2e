package no.lis.tender.agreements.recommendations.domain;

import java.math.BigDecimal;

/**
 * The agreed prices of a recommendation line, in NOK excluding VAT: per pack (AIP, required), and on
 * the basis the lot was compared on, per DDD and/or per treatment period of {@code treatmentPeriodDays}
 * days. Only the priced edition shows them. Checked when a {@link RecommendationLine} is made.
 */
public record LinePrices(BigDecimal pricePerPack, BigDecimal pricePerDdd, BigDecimal pricePerTreatmentPeriod,
                         Integer treatmentPeriodDays) {

    /** A price per pack alone. */
    public static LinePrices perPack(BigDecimal pricePerPack) {
        return new LinePrices(pricePerPack, null, null, null);
    }

    /** A price per pack and per DDD. */
    public static LinePrices perPackAndDdd(BigDecimal pricePerPack, BigDecimal pricePerDdd) {
        return new LinePrices(pricePerPack, pricePerDdd, null, null);
    }
}
