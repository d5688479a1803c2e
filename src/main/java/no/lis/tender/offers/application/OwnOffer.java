package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferStatus;

import java.time.Instant;
import java.util.List;

/**
 * A supplier's own offer, opened for it: the draft (null if none was saved), the content that was
 * last submitted (null if none was) and every receipt, first to last.
 */
public record OwnOffer(Long offerId, Long tenderId, long version, OfferStatus status, OfferContent draft,
                       Instant draftSavedAt, OfferContent submitted, List<OfferReceipt> receipts) {
}
