package no.lis.tender.tendering.domain;

/** How the national procurement body buys a drug in a given market phase. */
public enum ProcurementInstrument {

    /** Phase 0: before marketing authorisation; early access and pipeline meetings, nothing to award. */
    HORIZON_SCANNING(false, false),
    /** Phase 1: one patented drug; a direct agreement, typically a confidential rebate off the maximum price. */
    PRICE_NEGOTIATION(false, false),
    /** Phase 2: patented, therapeutically comparable drugs compete; the specialist group ranks them. */
    TENDER_WITH_RANKING(true, false),
    /** Phases 3-4: generic or biosimilar competition, led by price. */
    OPEN_TENDER(true, false),
    /** Phases 5-6: falling volume; supply security may outweigh price, several ranked suppliers. */
    SUPPLY_SECURITY_TENDER(true, true);

    private final boolean publishedAsTender;
    private final boolean severalRankedSuppliersByDefault;

    ProcurementInstrument(boolean publishedAsTender, boolean severalRankedSuppliersByDefault) {
        this.publishedAsTender = publishedAsTender;
        this.severalRankedSuppliersByDefault = severalRankedSuppliersByDefault;
    }

    /** Whether the procedure is a competition published to suppliers, with weighted award criteria. */
    public boolean isPublishedAsTender() {
        return publishedAsTender;
    }

    public boolean allowsSeveralRankedSuppliersByDefault() {
        return severalRankedSuppliersByDefault;
    }
}
