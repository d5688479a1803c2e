package no.lis.tender.documents.domain;

import java.time.Instant;
import java.util.List;

/**
 * The receipt for a submitted offer.
 *
 * @param submissionNumber which submission of the offer this is: 1, or more where it was withdrawn and submitted again
 * @param lotsOffered      the lots offered on, each as it is read, e.g. "1: Adalimumab"
 * @param receivedAt       the exact time the server received the offer
 * @param sha256           the SHA-256 digest of the submitted content, in hex
 */
public record ReceiptContent(String reference, String title, String supplierName, String organisationNumber,
                             Long offerId, int submissionNumber, List<String> lotsOffered, Instant receivedAt,
                             String sha256) {

    public ReceiptContent {
        lotsOffered = List.copyOf(lotsOffered);
    }
}
