package no.lis.tender.evaluation.domain;

/** Where the evaluation of one lot stands after a run. */
public enum LotStatus {
    /** Every qualified offer is scored and ranked. */
    RANKED,
    /** No qualified offer stands on the lot. */
    NO_OFFERS,
    /** A consensus score is missing for some offer; the lot is ranked once the buyer has set it. */
    AWAITING_CONSENSUS,
    /** An offered pack is not in the catalogue with its DDDs, so its price cannot be compared. */
    PRICE_NOT_COMPARABLE;

    public boolean isRanked() {
        return this == RANKED;
    }
}
