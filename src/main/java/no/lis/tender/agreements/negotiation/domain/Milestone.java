package no.lis.tender.agreements.negotiation.domain;

/**
 * The steps of a phase-1 case's timeline, in order: the case received from Nye metoder, the
 * supplier's first price offer, the price note sent to the decision forum's secretariat, the
 * decision forum's meeting, its decision, and the agreement in force.
 */
public enum Milestone {
    RECEIVED,
    PRICE_OFFER,
    PRICE_NOTE_SENT,
    DECISION_FORUM,
    DECISION,
    IN_FORCE
}
