package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;

import java.time.Clock;

/**
 * A buyer starts a version of a therapeutic area's recommendation: version 1, empty, or the next
 * version from the one in force, with its lines copied and the reason for the change. The lines are
 * then edited ({@link EditRecommendationLines}), e.g. from the agreements in force
 * ({@link RecommendationProposals}).
 */
@UseCase
public class DraftRecommendation {

    private final RecommendationRepository recommendations;
    private final TherapeuticAreaRepository areas;
    private final Clock clock;

    @Inject
    public DraftRecommendation(RecommendationRepository recommendations, TherapeuticAreaRepository areas, Clock clock) {
        this.recommendations = recommendations;
        this.areas = areas;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected DraftRecommendation() {
        this(null, null, null);
    }

    /**
     * Version 1 of the area's recommendation. Refused for an unknown area
     * ({@code recommendation.area.notFound} under {@code therapeuticAreaId}) and where the area has a
     * version already ({@code recommendation.draft.exists}: later versions are made from the one in force).
     */
    public Recommendation startFirst(DraftRecommendationCommand command, String buyer) {
        Validation validation = new Validation();
        if (validation.required(command.therapeuticAreaId(), "therapeuticAreaId")) {
            validation.check(areas.findById(command.therapeuticAreaId()).isPresent(), "therapeuticAreaId",
                    "recommendation.area.notFound", command.therapeuticAreaId());
        }
        validation.throwIfInvalid();
        if (!recommendations.findByTherapeuticArea(command.therapeuticAreaId()).isEmpty()) {
            throw new DomainException("therapeuticAreaId", "recommendation.draft.exists");
        }
        return recommendations.save(Recommendation.draft(command.therapeuticAreaId(), command.validFrom(),
                command.validTo(), buyer, clock));
    }

    /**
     * The next version of the version in force {@code command.recommendationId()}, as
     * {@link Recommendation#nextVersion} says. Refused while a later version is being worked on
     * ({@code recommendation.draft.pending}, naming its number).
     */
    public Recommendation startNext(NextRecommendationVersionCommand command, String buyer) {
        Recommendation inForce = RecommendationAccess.recommendation(recommendations, command.recommendationId());
        recommendations.findByTherapeuticArea(inForce.getTherapeuticAreaId()).stream()
                .filter(r -> !r.getStatus().hasBeenPublished()).findFirst().ifPresent(pending -> {
                    throw new DomainException(null, "recommendation.draft.pending", pending.getVersionNumber());
                });
        return recommendations.save(inForce.nextVersion(command.changeReason(), command.changeNote(),
                command.validFrom(), command.validTo(), buyer, clock));
    }
}
