package no.lis.tender.agreements.negotiation.domain;

/** Where a negotiation stands: under way, ended in a direct agreement, or ended in a refusal. */
public enum NegotiationStatus {
    OPEN,
    AGREED,
    REFUSED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
