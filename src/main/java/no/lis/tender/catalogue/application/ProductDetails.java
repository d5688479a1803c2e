package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.ProductType;

import java.math.BigDecimal;

/** What a product is registered or updated with, as the user typed it. */
public interface ProductDetails {

    String varenummer();

    String name();

    Long substanceId();

    PackInput pack();

    Long marketingAuthorisationHolderId();

    /** NOK per pack, AIP excluding VAT. */
    BigDecimal maximumPricePerPack();

    ProductType productType();
}
