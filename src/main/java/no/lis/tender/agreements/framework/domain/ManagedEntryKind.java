package no.lis.tender.agreements.framework.domain;

/** The five kinds of managed-entry agreement ({@link ManagedEntryTerms}). */
public enum ManagedEntryKind {
    FLAT_REBATE, VOLUME_TIERS, PRICE_VOLUME_CAP, OUTCOME_BASED, TEMPORARY_PRICE
}
