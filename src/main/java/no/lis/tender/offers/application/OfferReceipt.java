package no.lis.tender.offers.application;

import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.Receipt;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Tender;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A receipt as the supplier sees it, on screen and as PDF: which offer, tender and supplier, the
 * number of the submission, the exact server time it was received, the SHA-256 of the content
 * submitted, the lots (by number, and as read, e.g. "1: Adalimumab"), and when it was withdrawn
 * (null if it was not).
 */
public record OfferReceipt(Long offerId, Long tenderId, String tenderReference, String tenderTitle, Long supplierId,
                           String supplierName, String organisationNumber, int submissionNumber, Instant receivedAt,
                           String sha256, List<Integer> lotNumbers, List<String> lotsOffered, Instant withdrawnAt) implements Serializable {

    public OfferReceipt {
        lotNumbers = List.copyOf(lotNumbers);
        lotsOffered = List.copyOf(lotsOffered);
    }

    /** The receipt with its {@code lots}, which only the supplier's own key opens. */
    static OfferReceipt of(Offer offer, Receipt receipt, List<Integer> lots, Tender tender, Supplier supplier) {
        return new OfferReceipt(offer.getId(), tender.getId(), tender.getReference().value(), tender.getTitle(),
                supplier.getId(), supplier.getName(), supplier.getOrganisationNumber().value(),
                receipt.getSubmissionNumber(), receipt.getReceivedAt(), receipt.getSha256(), lots,
                tender.getLots().stream().filter(lot -> lots.contains(lot.getNumber()))
                        .map(lot -> lot.getNumber() + ": " + lot.getTitle()).toList(),
                receipt.getWithdrawnAt());
    }
}
