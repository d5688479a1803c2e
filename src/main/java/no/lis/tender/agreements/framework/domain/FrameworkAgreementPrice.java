package no.lis.tender.agreements.framework.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;

/**
 * A price agreed with an awarded supplier for one product, as the buyer enters it when she
 * concludes a framework agreement: the pack (varenummer), its name and the price per pack in NOK,
 * excluding VAT, with at most two decimals (øre).
 */
public record FrameworkAgreementPrice(Long supplierId, Varenummer varenummer, String productName,
                                      BigDecimal pricePerPack) {

    /** Øre: prices in NOK have at most this many decimals. */
    public static final int PRICE_SCALE = 2;

    /**
     * Checks a price in NOK under {@code field}: required, above zero
     * ({@code agreements.price.notPositive}) and with at most two decimals
     * ({@code agreements.price.tooManyDecimals}). Returns it with exactly two decimals, or null if
     * it broke a rule.
     */
    static BigDecimal checkPrice(Validation validation, String field, BigDecimal price) {
        if (!validation.required(price, field)) {
            return null;
        }
        boolean positive = validation.check(price.signum() > 0, field, "agreements.price.notPositive");
        boolean inOre = validation.check(price.stripTrailingZeros().scale() <= PRICE_SCALE, field,
                "agreements.price.tooManyDecimals", PRICE_SCALE);
        return positive && inOre ? price.setScale(PRICE_SCALE) : null;
    }
}
