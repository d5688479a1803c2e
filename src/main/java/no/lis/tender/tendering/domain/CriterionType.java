package no.lis.tender.tendering.domain;

/** What an award criterion weighs. Declared in the order criteria are shown. */
public enum CriterionType {
    PRICE,
    QUALITY,
    ENVIRONMENT,
    SUPPLY_SECURITY;

    /** Scored by the specialist group on sub-criteria, as opposed to price, which a formula computes. */
    public boolean isScored() {
        return this != PRICE;
    }
}
