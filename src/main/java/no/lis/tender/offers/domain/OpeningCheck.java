package no.lis.tender.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.List;
import java.util.Objects;

/**
 * One offer as the opening found it: the submission opened (its number), the SHA-256 on the
 * supplier's receipt, the SHA-256 of what the opening decrypted (null if it could not be), the
 * outcome, and every sealed value of the offer that failed its authentication (e.g. "DRAFT 3").
 * Kept with the opening record, so that what was opened can be proven afterwards.
 */
@Embeddable
public class OpeningCheck {

    static final int BROKEN_LENGTH = 2000;

    @Column(name = "OFFER_ID", nullable = false)
    private Long offerId;

    @Column(name = "SUBMISSION_NUMBER")
    private Integer submissionNumber;

    @Column(name = "RECEIPT_SHA256", length = 64)
    private String receiptSha256;

    @Column(name = "OPENED_SHA256", length = 64)
    private String openedSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20)
    private OpeningOutcome outcome;

    @Column(name = "BROKEN_SLOTS", length = BROKEN_LENGTH)
    private String brokenSlots;

    protected OpeningCheck() {
    }

    OpeningCheck(Long offerId, int submissionNumber, String receiptSha256, String openedSha256,
                 boolean submissionBroken, List<String> brokenSlots) {
        this.offerId = Objects.requireNonNull(offerId, "offerId");
        this.submissionNumber = submissionNumber;
        this.receiptSha256 = receiptSha256;
        this.openedSha256 = openedSha256;
        this.outcome = submissionBroken || openedSha256 == null ? OpeningOutcome.TAMPERED
                : openedSha256.equals(receiptSha256) ? OpeningOutcome.INTACT : OpeningOutcome.DIGEST_MISMATCH;
        String broken = String.join(", ", brokenSlots);
        this.brokenSlots = broken.isEmpty() ? null
                : broken.length() > BROKEN_LENGTH ? broken.substring(0, BROKEN_LENGTH - 1) + "…" : broken;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Integer getSubmissionNumber() {
        return submissionNumber;
    }

    public String getReceiptSha256() {
        return receiptSha256;
    }

    /** The SHA-256 of the content the opening decrypted, or null if it failed its authentication. */
    public String getOpenedSha256() {
        return openedSha256;
    }

    public OpeningOutcome getOutcome() {
        return outcome;
    }

    public boolean isIntact() {
        return outcome == OpeningOutcome.INTACT;
    }

    /** The sealed values of the offer that failed their authentication, e.g. "SUBMITTED 1, DRAFT 3"; null if none. */
    public String getBrokenSlots() {
        return brokenSlots;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningCheck c && Objects.equals(offerId, c.offerId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(offerId);
    }
}
