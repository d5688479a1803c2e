package no.lis.tender.tendering.domain;

/**
 * The kinds of qualification requirement (kvalifikasjonskrav) a buyer may set for a medicine tender,
 * after anskaffelsesforskriften chapter 16: the supplier's legal standing, its economic and
 * financial standing, its technical and professional ability. Each kind says whether the buyer must
 * or may give a threshold with it (an amount in NOK, or a number of references); the others take none.
 */
public enum QualificationKind {

    /** Registered in the Norwegian register of business enterprises (Foretaksregisteret) or its like abroad. */
    BUSINESS_REGISTER(Threshold.NONE),
    /** Tax and VAT certificate (skatteattest) showing that taxes and duties are paid. */
    TAX_CERTIFICATE(Threshold.NONE),
    /** A minimum yearly turnover, an amount in NOK. */
    MINIMUM_TURNOVER(Threshold.REQUIRED_AMOUNT),
    /** A credit rating showing sound economic standing. */
    CREDIT_RATING(Threshold.NONE),
    /** A wholesale licence (grossistkonsesjon) or marketing authorisation (markedsføringstillatelse). */
    WHOLESALE_OR_MARKETING_AUTHORISATION(Threshold.NONE),
    /** A quality system by good manufacturing and distribution practice (GMP/GDP). */
    QUALITY_SYSTEM(Threshold.NONE),
    /** References of similar deliveries, optionally a least number of them. */
    REFERENCES(Threshold.OPTIONAL_COUNT),
    /** Environmental management (ISO 14001, EMAS or equal). */
    ENVIRONMENTAL_MANAGEMENT(Threshold.NONE),
    /** The capacity to supply the tendered volumes. */
    SUPPLY_CAPACITY(Threshold.NONE);

    /** What threshold a requirement of a kind takes. */
    public enum Threshold {
        NONE, REQUIRED_AMOUNT, OPTIONAL_COUNT
    }

    private final Threshold threshold;

    QualificationKind(Threshold threshold) {
        this.threshold = threshold;
    }

    public Threshold getThreshold() {
        return threshold;
    }

    /** Whether a requirement of this kind takes a threshold at all. */
    public boolean isThresholded() {
        return threshold != Threshold.NONE;
    }
}
