package no.lis.tender.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * The proof of one submission of an offer: its number (1, 2, ... in the order submitted), the
 * server time it was received, the SHA-256 of the content submitted and, if it was withdrawn,
 * when. The lots it was for are kept sealed for the supplier beside it (see
 * {@link Offer#lotsOf(Receipt, Reader, OfferSeal)}): which supplier offered on which lot is not
 * stored in clear. Receipts are kept for as long as the offer: they are what the procedure is
 * defended with in a complaint, and the opening checks each submission against its receipt.
 */
@Embeddable
public class Receipt {

    @Column(name = "SUBMISSION_NUMBER", nullable = false)
    private int submissionNumber;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "WITHDRAWN_AT")
    private Instant withdrawnAt;

    protected Receipt() {
    }

    Receipt(int submissionNumber, Instant receivedAt, String sha256) {
        this.submissionNumber = submissionNumber;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
    }

    void withdrawAt(Instant when) {
        this.withdrawnAt = when;
    }

    public int getSubmissionNumber() {
        return submissionNumber;
    }

    /** The exact server time the submission was received (to the microsecond, as the database keeps it). */
    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** The SHA-256 of the content submitted, 64 lower-case hex digits. */
    public String getSha256() {
        return sha256;
    }

    /** When this submission was withdrawn, or null if it was not. */
    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
