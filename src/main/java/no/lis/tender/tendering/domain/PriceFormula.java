package no.lis.tender.tendering.domain;

/** How the price score is computed, as stated in the tender documents. */
public enum PriceFormula {
    /** Lowest price / offered price x max points. */
    LOWEST_PRICE_RATIO,
    /** Linear between the lowest price (max points) and a stated maximum price (no points). */
    LINEAR
}
