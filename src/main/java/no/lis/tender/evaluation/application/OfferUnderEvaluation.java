package no.lis.tender.evaluation.application;

import no.lis.tender.offers.domain.OfferContent;

import java.time.Instant;

/** An offer opened on the tender, with its content, as the evaluation reads it. */
public record OfferUnderEvaluation(long offerId, long supplierId, String supplierName, Instant receivedAt,
                                   OfferContent content) {
}
