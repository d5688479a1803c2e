package no.lis.tender.evaluation.domain;

/** Where a member's score sheet stands: scores may be changed while a draft, not once submitted. */
public enum ScoreSheetStatus {
    DRAFT,
    SUBMITTED
}
