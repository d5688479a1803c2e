package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Versions;

import java.time.Clock;

/**
 * A buyer confirms the version the system proposed after an agreement ended or changed, on the
 * version she saw (see {@link Recommendation#confirm}); it then goes to approval and publication as
 * any draft.
 */
@UseCase
public class ConfirmRecommendationProposal {

    private final RecommendationRepository recommendations;
    private final Clock clock;

    @Inject
    public ConfirmRecommendationProposal(RecommendationRepository recommendations, Clock clock) {
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ConfirmRecommendationProposal() {
        this(null, null);
    }

    public Recommendation confirm(Long recommendationId, Long seenVersion, String buyer) {
        Recommendation proposed = RecommendationAccess.recommendation(recommendations, recommendationId);
        Versions.require(proposed.getVersion(), seenVersion);
        proposed.confirm(buyer, clock);
        return proposed;
    }
}
