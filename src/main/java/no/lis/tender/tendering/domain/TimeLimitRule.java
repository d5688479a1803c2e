package no.lis.tender.tendering.domain;

/**
 * A time limit of the regulations that the buyer may depart from with a recorded justification, and
 * the field of the timeline it concerns. The standstill before the agreement starts has no
 * exception and so is not one of them.
 */
public enum TimeLimitRule {

    /** The minimum tender period of the procedure (§ 20-2; part II: a reasonable period). */
    TENDER_PERIOD("timeline.submissionDeadline", "timeline.tenderPeriodJustification"),
    /** Questions close far enough before the deadline that answers reach every supplier in time. */
    QUESTION_PERIOD("timeline.questionDeadline", "timeline.questionPeriodJustification"),
    /** A framework agreement runs at most four years with its options (§ 26-1 (3)). */
    FRAMEWORK_LENGTH("timeline.agreementEnd", "timeline.frameworkLengthJustification");

    private final String field;
    private final String justificationField;

    TimeLimitRule(String field, String justificationField) {
        this.field = field;
        this.justificationField = justificationField;
    }

    /** The timeline field a breach is shown beside. */
    public String field() {
        return field;
    }

    /** The field the justification is typed in, e.g. {@code timeline.tenderPeriodJustification}. */
    public String justificationField() {
        return justificationField;
    }
}
