package no.lis.tender.offers.domain;

/** The buyer confirmed the opening of a tender's offers: the evaluation, and the specialist group's scoring, can start. */
public record OffersOpened(Long tenderId) {
}
