package no.lis.tender.offers.application;

/** Starts opening the offers on tender {@code tenderId}. */
public record StartOpeningCommand(Long tenderId) {
}
