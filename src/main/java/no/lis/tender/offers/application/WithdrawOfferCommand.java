package no.lis.tender.offers.application;

/** Withdraws submitted offer {@code offerId} as the caller loaded it at {@code version}. */
public record WithdrawOfferCommand(Long offerId, Long version) {
}
