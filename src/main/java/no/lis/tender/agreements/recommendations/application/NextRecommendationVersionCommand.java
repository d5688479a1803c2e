package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;

import java.time.LocalDate;

/** A buyer starts the next version from the version in force, saying which agreement change calls for it. */
public record NextRecommendationVersionCommand(Long recommendationId, ChangeReason changeReason, String changeNote,
                                               LocalDate validFrom, LocalDate validTo) {
}
