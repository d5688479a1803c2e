package no.lis.tender.evaluation.application;

/**
 * The buyer qualifies offer {@code offerId} or, when not {@code qualified}, rejects it for
 * {@code reason}; {@code version} is that of the earlier decision as she loaded it (null for the first).
 */
public record DecideQualificationCommand(Long tenderId, Long offerId, boolean qualified, String reason,
                                         Long version) {
}
