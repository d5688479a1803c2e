package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.DomainException;

/** Loads the recommendation a use case acts on and checks the version the user saw. */
final class RecommendationAccess {

    private RecommendationAccess() {
    }

    /** The version with id {@code id} ({@code recommendation.notFound}). */
    static Recommendation recommendation(RecommendationRepository recommendations, Long id) {
        return Existing.require(id, recommendations::find, "recommendation.notFound");
    }

    /** A version that has been out in the hospitals; a draft is as unknown as a missing one to readers. */
    static Recommendation published(RecommendationRepository recommendations, Long id) {
        Recommendation recommendation = recommendation(recommendations, id);
        if (!recommendation.getStatus().hasBeenPublished()) {
            throw new DomainException(null, "recommendation.notFound", id);
        }
        return recommendation;
    }

    /** The version before {@code current} that was published, or {@code null} for the first. */
    static Recommendation previous(RecommendationRepository recommendations, Recommendation current) {
        return recommendations.findByTherapeuticArea(current.getTherapeuticAreaId()).stream()
                .filter(r -> r.getStatus().hasBeenPublished() && r.getVersionNumber() < current.getVersionNumber())
                .reduce((earlier, later) -> later).orElse(null);
    }
}
