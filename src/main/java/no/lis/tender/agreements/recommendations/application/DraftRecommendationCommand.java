package no.lis.tender.agreements.recommendations.application;

import java.time.LocalDate;

/** A buyer starts version 1 of the recommendation of a therapeutic area, valid from one day to another. */
public record DraftRecommendationCommand(Long therapeuticAreaId, LocalDate validFrom, LocalDate validTo) {
}
