package no.lis.tender.notification.domain;

/** What a mail tells of; each user switches each kind on or off ({@link NoticePreferences}). */
public enum NoticeKind {
    /** A buyer published an answer to a question on a tender the supplier follows. */
    ANSWER_PUBLISHED,
    /** A document of a tender the supplier follows was added or amended. */
    DOCUMENT_PUBLISHED,
    /** The award letter to the supplier is ready to download. */
    AWARD_LETTER_READY,
    /** The offers of a tender were opened: the specialist group can score. */
    SCORING_OPEN,
    /** The submission deadline of a tender the supplier follows is less than 48 hours away, and it has not submitted. */
    DEADLINE_REMINDER,
    /** The hospital employee's request for the priced recommendations was granted, until a last day. */
    PRICE_ACCESS_GRANTED,
    /** Her priced access ends within 30 days. */
    PRICE_ACCESS_ENDING
}
