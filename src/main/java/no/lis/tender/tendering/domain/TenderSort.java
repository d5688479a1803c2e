package no.lis.tender.tendering.domain;

/** The columns the tender list may be sorted by. */
public enum TenderSort {
    REFERENCE,
    TITLE,
    MARKET_PHASE,
    STATUS,
    SUBMISSION_DEADLINE,
    CREATED_AT
}
