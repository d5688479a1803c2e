package no.lis.tender.offers.application;

/** Confirms the opening of the offers on tender {@code tenderId}, as the caller loaded it at {@code version}. */
public record ConfirmOpeningCommand(Long tenderId, Long version) {
}
