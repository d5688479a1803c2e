package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferContent;

/**
 * An offer opened after the deadline, as buyers read it: the receipt of the submission that counts
 * (whose offer, when received, its digest) and its content.
 */
public record OpenedOffer(Long offerId, OfferReceipt receipt, OfferContent content) {
}
