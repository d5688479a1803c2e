package no.lis.tender.agreements.recommendations.domain;

/** Where a request for the priced edition stands. */
public enum PriceAccessStatus {
    /** Asked for; a buyer or administrator has not decided yet. */
    REQUESTED,
    /** Granted until its last day; the holder reads the priced recommendations. */
    GRANTED,
    /** Refused, with the reason. */
    REFUSED,
    /** Its last day has passed: access ended by itself. */
    EXPIRED
}
