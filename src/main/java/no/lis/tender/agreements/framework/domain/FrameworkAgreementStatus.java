package no.lis.tender.agreements.framework.domain;

/** Where a framework agreement stands on a given day. */
public enum FrameworkAgreementStatus {
    /** Concluded, but before its start date. */
    UPCOMING,
    /** In force: from its start to its end, both days included. */
    ACTIVE,
    /** Past its end date, as extended by the options used. */
    EXPIRED,
    /** Terminated by the buyer before its end: past the last day she set. */
    ENDED
}
