package no.lis.tender.offers.domain;

/** What the opening found when it checked an offer's submission against the supplier's receipt. */
public enum OpeningOutcome {
    /** The submission opened and its SHA-256 is the receipt's. */
    INTACT,
    /** The submission or one of its attachments failed its authentication: moved from elsewhere or altered. */
    TAMPERED,
    /** The submission opened, but its SHA-256 is not the one on the supplier's receipt. */
    DIGEST_MISMATCH
}
