package no.lis.tender.agreements.recommendations.domain;

/** What happened to a drug for an indication from one version of a recommendation to the next. */
public enum ChangeKind {
    /** The drug is new for the indication. */
    ADDED,
    /** The drug is no longer recommended for the indication. */
    REMOVED,
    /** The drug moved in rank, e.g. from second to first choice. */
    MOVED,
    /** The comment on the line changed. */
    COMMENT_CHANGED
}
