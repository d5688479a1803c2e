package no.lis.tender.evaluation.application;

import no.lis.tender.tendering.domain.TenderStatus;

import java.io.Serializable;

/**
 * A tender in evaluation for one of the specialist groups a member belongs to.
 *
 * @param declared null until she has declared; then whether she declared herself impartial
 */
public record ScoringAssignment(Long tenderId, String reference, String title, TenderStatus status, String groupName,
                                Boolean declared, int offers, int submitted) implements Serializable {
}
