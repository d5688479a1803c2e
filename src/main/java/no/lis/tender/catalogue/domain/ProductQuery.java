package no.lis.tender.catalogue.domain;

/**
 * What a page of products is searched by; each criterion left {@code null} (or blank) lets all
 * through: {@code text} found in the product's or its substance's name (in any case) or at the
 * start of the varenummer or the ATC code; the product type; {@code atcPrefix} the start of the
 * substance's ATC code; the substance; the marketing authorisation holder ({@code supplierId}).
 */
public record ProductQuery(String text, ProductType productType, String atcPrefix, Long substanceId,
                           Long supplierId) {

    /** The orders a list of products may be sorted in. */
    public enum Sort { NAME, VARENUMMER, SUBSTANCE, ATC_CODE, SUPPLIER, PRODUCT_TYPE, MAXIMUM_PRICE }

    public ProductQuery {
        text = Checks.strippedOrNull(text);
        atcPrefix = AtcCode.prefixOf(atcPrefix);
    }
}
