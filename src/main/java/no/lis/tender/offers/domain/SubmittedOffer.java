package no.lis.tender.offers.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * An offer and the receipt of its last submission, the one that counts: who offered, when it was
 * received and the SHA-256 of what was sealed. Read without the sealed content (a generic tender's
 * offer carries some MB of ciphertext), so that a reader that already holds the opened content of
 * that submission need not read the ciphertext again.
 */
public record SubmittedOffer(Long offerId, Long supplierId, int submissionNumber, Instant receivedAt, String sha256) {

    /** The last submission of {@code offer}, as its receipt says; empty if it was never submitted. */
    public static Optional<SubmittedOffer> of(Offer offer) {
        return offer.lastReceipt().map(receipt -> new SubmittedOffer(offer.getId(), offer.getSupplierId(),
                receipt.getSubmissionNumber(), receipt.getReceivedAt(), receipt.getSha256()));
    }
}
