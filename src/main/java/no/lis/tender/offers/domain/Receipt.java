package no.lis.tender.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The proof of one submission of an offer: its number (1, 2, ... in the order submitted), the
 * server time it was received, the SHA-256 of the content submitted and the lots it was for; and,
 * if it was withdrawn, when. Receipts are kept for as long as the offer: they are what the
 * procedure is defended with in a complaint.
 */
@Embeddable
public class Receipt {

    /** Room for every lot of a generic tender of several thousand lots, e.g. "1,2,…,2000" (8 892 characters). */
    static final int LOT_NUMBERS_LENGTH = 32000;

    @Column(name = "SUBMISSION_NUMBER", nullable = false)
    private int submissionNumber;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    /** The lot numbers as stored, e.g. "1,3". */
    @Column(name = "LOT_NUMBERS", nullable = false, length = LOT_NUMBERS_LENGTH)
    private String lotNumbers;

    @Column(name = "WITHDRAWN_AT")
    private Instant withdrawnAt;

    protected Receipt() {
    }

    Receipt(int submissionNumber, Instant receivedAt, String sha256, List<Integer> lotNumbers) {
        this.submissionNumber = submissionNumber;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.lotNumbers = lotNumbers.stream().map(String::valueOf).collect(Collectors.joining(","));
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

    public List<Integer> getLotNumbers() {
        return Arrays.stream(lotNumbers.split(",")).map(Integer::valueOf).toList();
    }

    /** When this submission was withdrawn, or null if it was not. */
    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
