package no.lis.tender.evaluation.application;

import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.OfferContent;

import java.time.Instant;
import java.util.Optional;

/** An offer opened on the tender, with its content, as the evaluation reads it. */
public record OfferUnderEvaluation(long offerId, long supplierId, String supplierName, Instant receivedAt,
                                   OfferContent content) {

    /** What it offers on lot {@code lotNumber}, if it offers on it. */
    public Optional<LotOffer> onLot(int lotNumber) {
        return content.lots().stream().filter(lot -> lot.lotNumber() == lotNumber).findFirst();
    }
}
