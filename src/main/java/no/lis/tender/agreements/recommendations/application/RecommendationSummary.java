package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a recommendation in a list: which area, which version, valid when; never a price. */
public record RecommendationSummary(Long recommendationId, Long therapeuticAreaId, String therapeuticAreaName,
                                    int versionNumber, RecommendationStatus status, LocalDate validFrom,
                                    LocalDate validTo, ChangeReason changeReason, Instant publishedAt) implements Serializable {

    static RecommendationSummary of(Recommendation recommendation, String areaName) {
        return new RecommendationSummary(recommendation.getId(), recommendation.getTherapeuticAreaId(), areaName,
                recommendation.getVersionNumber(), recommendation.getStatus(), recommendation.getValidFrom(),
                recommendation.getValidTo(), recommendation.getChangeReason(), recommendation.getPublishedAt());
    }

    public boolean isDraft() {
        return status == RecommendationStatus.DRAFT;
    }

    public boolean isInForce() {
        return status == RecommendationStatus.PUBLISHED;
    }
}
