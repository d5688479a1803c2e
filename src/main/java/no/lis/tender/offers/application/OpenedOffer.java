package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OpeningCheck;

/**
 * An offer opened after the deadline, as buyers read it: the receipt of the submission that counts
 * (whose offer, when received, its digest), what the opening found ({@code check}: the digests and
 * the outcome) and its content, null unless the opening found it intact.
 */
public record OpenedOffer(Long offerId, OfferReceipt receipt, OfferContent content, OpeningCheck check) {
}
