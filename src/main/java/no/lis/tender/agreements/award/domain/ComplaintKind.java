package no.lis.tender.agreements.award.domain;

/**
 * What a supplier did about an award decision. Only a petition to the court holds the agreement:
 * the conclusion is blocked by law while a petition for an interim injunction filed within the
 * standstill awaits the court; an ordinary complaint to the buyer is recorded and answered, and
 * does not block.
 */
public enum ComplaintKind {

    /** A complaint to the buyer (klage), answered by the buyer; it does not suspend the standstill. */
    COMPLAINT,

    /**
     * A petition to the district court for an interim injunction (begjæring om midlertidig
     * forføyning); filed within the standstill it suspends the standstill until the court's
     * decision is recorded.
     */
    COURT_PETITION
}
