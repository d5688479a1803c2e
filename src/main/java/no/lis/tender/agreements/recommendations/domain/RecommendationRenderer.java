package no.lis.tender.agreements.recommendations.domain;

/** The two editions of a recommendation as PDF (the port; PDFBox lies behind it). */
public interface RecommendationRenderer {

    /** The edition without prices: it takes a model that has none. */
    byte[] publicEdition(PublicRecommendation recommendation);

    /** The edition with prices, with {@code watermark} drawn visibly on every page. */
    byte[] pricedEdition(PricedRecommendation recommendation, Watermark watermark);
}
