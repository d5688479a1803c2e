package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.ProductType;

import java.math.BigDecimal;

/**
 * What a product is registered or updated with, as the user typed it: checked by
 * {@link ProductDetailsCheck} before it becomes a product or changes one.
 *
 * @param maximumPricePerPack NOK per pack, AIP excluding VAT
 */
public record ProductDetails(String varenummer, String name, Long substanceId, PackInput pack,
                             Long marketingAuthorisationHolderId, BigDecimal maximumPricePerPack,
                             ProductType productType) {
}
