package no.lis.tender.offers.domain;

/** Where a supplier's offer on a tender stands. Only a {@link #SUBMITTED} offer counts. */
public enum OfferStatus {
    /** Saved, never submitted: nothing counts yet. */
    DRAFT,
    /** Its last submission counts; the supplier may still change the draft and submit again. */
    SUBMITTED,
    /** Its submissions are kept as history, but nothing counts until it is submitted again. */
    WITHDRAWN
}
