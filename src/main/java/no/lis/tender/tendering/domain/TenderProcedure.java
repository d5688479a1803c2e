package no.lis.tender.tendering.domain;

/**
 * The procedure of anskaffelsesforskriften (FOR-2016-08-12-974) a tender round is run under, which
 * sets its minimum time limits ({@link TimeLimits}). National medicine tenders are above the EEA
 * threshold and run as open procedures; a small round below it follows part II.
 */
public enum TenderProcedure {

    /**
     * Open procedure above the EEA threshold (åpen anbudskonkurranse, part III): at least 30 days from
     * the notice to the submission deadline (§ 20-2 (1)), which a prior information notice or a
     * substantiated urgency may shorten to 15 (§ 20-2 (2) and (3)); a framework agreement of at most
     * four years with its options unless there are special grounds (§ 26-1 (3)).
     */
    OPEN_ABOVE_THRESHOLD(30, 15, 4, true),
    /**
     * Open competition below the EEA threshold (åpen tilbudskonkurranse, part II): the regulation sets
     * no minimum in days, only a period long enough for the suppliers to prepare their offers (the
     * ministry's guidance on time limits, point 2). The system asks for 15 days, the shortest an open
     * procedure above the threshold may have, and takes a shorter one with a justification.
     */
    OPEN_BELOW_THRESHOLD(15, 1, 0, false);

    private final int minimumTenderDays;
    private final int shortestJustifiedTenderDays;
    private final int shortestJustifiedQuestionDays;
    private final boolean frameworkLengthLimited;

    TenderProcedure(int minimumTenderDays, int shortestJustifiedTenderDays, int shortestJustifiedQuestionDays,
                    boolean frameworkLengthLimited) {
        this.minimumTenderDays = minimumTenderDays;
        this.shortestJustifiedTenderDays = shortestJustifiedTenderDays;
        this.shortestJustifiedQuestionDays = shortestJustifiedQuestionDays;
        this.frameworkLengthLimited = frameworkLengthLimited;
    }

    /** Days from the notice (publication) to the submission deadline, at least, without a justification. */
    public int minimumTenderDays() {
        return minimumTenderDays;
    }

    /** The shortest tender period a justification may give. */
    public int shortestJustifiedTenderDays() {
        return shortestJustifiedTenderDays;
    }

    /**
     * The fewest days between the question deadline and the submission deadline that a justification
     * may give: above the threshold answers must reach suppliers 6 days before the deadline, 4 under
     * a substantiated urgency (directive 2014/24/EU art. 53 (2) and art. 47 (3) a, the duty to extend
     * the deadline in the regulation's part III); below it the regulation sets none.
     */
    public int shortestJustifiedQuestionDays() {
        return shortestJustifiedQuestionDays;
    }

    /** Whether a framework agreement may run at most four years with its options unless justified. */
    public boolean isFrameworkLengthLimited() {
        return frameworkLengthLimited;
    }
}
