package no.lis.tender.evaluation.application;

import no.lis.tender.tendering.domain.CriterionType;

/**
 * The consensus the buyer sets for sub-criterion {@code title} of criterion {@code type} of offer
 * {@code offerId}: {@code value} null takes the members' mean; {@code version} is that of the
 * consensus as the buyer saw it, null if none was set.
 */
public record SetConsensusCommand(Long tenderId, Long offerId, CriterionType type, String title, Integer value,
                                  String note, Long version) {
}
