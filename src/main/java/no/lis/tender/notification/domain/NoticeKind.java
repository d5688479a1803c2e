package no.lis.tender.notification.domain;

/**
 * What a mail tells of; each user switches each {@link #choosable()} kind on or off ({@link NoticePreferences}).
 * The mails with a link to her own account (verification, invitation, password reset) always go.
 */
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
    PRICE_ACCESS_ENDING,
    /** A new version of a therapeutic area's recommendation she follows was published (no prices in the mail). */
    RECOMMENDATION_PUBLISHED,
    /** The first user of a registering supplier verifies her address. Always sent. */
    EMAIL_VERIFICATION(false),
    /** A supplier's manager invited her as a colleague. Always sent. */
    INVITATION(false),
    /** She asked for a link to choose a new password. Always sent. */
    PASSWORD_RESET(false);

    private final boolean choosable;

    NoticeKind() {
        this(true);
    }

    NoticeKind(boolean choosable) {
        this.choosable = choosable;
    }

    /** Whether a user may turn it off: not a mail she asked for herself or that her account needs. */
    public boolean choosable() {
        return choosable;
    }
}
