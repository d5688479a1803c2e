package no.lis.tender.evaluation.application;

/** A member submits her scores of offer {@code offerId}; {@code version} is that of her sheet as she loaded it. */
public record SubmitScoresCommand(Long tenderId, Long offerId, Long version) {
}
