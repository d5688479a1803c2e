package no.lis.tender.identity.domain;

/**
 * Why a user who gave her right password is not let in yet. Told only after the right password, so that
 * the answer to a wrong one says nothing of whether an account exists.
 */
public enum LoginHold {
    /** She has not opened the link mailed to verify her address. */
    EMAIL_UNVERIFIED,
    /** Her company registered itself and awaits an administrator's approval. */
    AWAITING_APPROVAL;

    /** The bundle key of what she is told. */
    public String messageKey() {
        return this == EMAIL_UNVERIFIED ? "login.emailUnverified" : "login.awaitingApproval";
    }
}
