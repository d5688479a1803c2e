package no.lis.tender.agreements.framework.domain;

/** Where an option to extend a framework agreement stands. */
public enum AgreementOptionStatus {
    /** Not yet decided. */
    OPEN,
    /** Used: the agreement was extended by it. */
    EXERCISED,
    /** The buyer chose not to use it: the agreement ends as it stands. */
    DECLINED,
    /** Can no longer be used, because an earlier option was declined or the agreement was terminated. */
    LAPSED
}
