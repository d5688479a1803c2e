package no.lis.tender.agreements.recommendations.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationPublished;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Versions;

import java.time.Clock;

/**
 * A buyer publishes an approved version: it becomes the one in force, both editions open to their
 * readers, and the version in force before it is superseded, its validity ending the day before.
 */
@UseCase
public class PublishRecommendation {

    private final RecommendationRepository recommendations;
    private final Clock clock;
    private final Event<RecommendationPublished> published;

    @Inject
    public PublishRecommendation(RecommendationRepository recommendations, Clock clock, Event<RecommendationPublished> published) {
        this.recommendations = recommendations;
        this.clock = clock;
        this.published = published;
    }

    /** For the CDI proxy. */
    protected PublishRecommendation() {
        this(null, null, null);
    }

    /** Publishes the version the buyer saw, by the rules of {@link Recommendation#publish}. */
    public Recommendation publish(Long recommendationId, Long seenVersion, String buyer) {
        Recommendation approved = RecommendationAccess.recommendation(recommendations, recommendationId);
        Versions.require(approved.getVersion(), seenVersion);
        Recommendation inForce = recommendations.findPublished(approved.getTherapeuticAreaId())
                .filter(r -> !r.equals(approved)).orElse(null);
        approved.publish(buyer, inForce, clock);
        published.fire(new RecommendationPublished(approved.getId(), approved.getTherapeuticAreaId(), approved.getVersionNumber()));
        return approved;
    }
}
