package no.lis.tender.offers.application;

/** Submits the draft of offer {@code offerId} as the caller loaded it at {@code version}. */
public record SubmitOfferCommand(Long offerId, Long version) {
}
