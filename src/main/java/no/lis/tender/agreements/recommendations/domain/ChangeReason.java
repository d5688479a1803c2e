package no.lis.tender.agreements.recommendations.domain;

/** Why a new version of a recommendation was made: what happened to the agreements behind it. */
public enum ChangeReason {
    /** A new tender round ended in new agreements. */
    NEW_TENDER,
    /** An option to extend an agreement was declined, so it ends. */
    OPTION_DECLINED,
    /** A supplier cannot deliver, so another drug takes its place or rank. */
    SUPPLIER_CANNOT_DELIVER,
    /** An agreement was changed in some other way (price, product, term). */
    AGREEMENT_CHANGED,
    /** An agreement was terminated before its end. */
    AGREEMENT_TERMINATED,
    /** An agreement ran out (its end passed with no option left). */
    AGREEMENT_EXPIRED,
    /** The specialist group revised the ranking or the comments. */
    CLINICAL_REVISION;

    /**
     * Whether readers must act on it at once: a supplier that cannot deliver means patients must be
     * switched, so the pages show it as a warning, not as a plain note.
     */
    public boolean warnsReaders() {
        return this == SUPPLIER_CANNOT_DELIVER;
    }
}
