package no.lis.tender.agreements.recommendations.domain;

/** How a priced edition of a recommendation was seen: on the web page, as a PDF, or through the API. */
public enum PriceViewChannel {
    PAGE,
    PDF,
    API
}
