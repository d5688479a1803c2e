package no.lis.tender.evaluation.domain;

/** The buyer's decision on whether an offer meets the tender's mandatory requirements. */
public enum QualificationStatus {
    /** Meets the mandatory requirements: scored as any other offer. */
    QUALIFIED,
    /** Fails a mandatory requirement: kept and shown with the written reason, but not scored. */
    REJECTED
}
