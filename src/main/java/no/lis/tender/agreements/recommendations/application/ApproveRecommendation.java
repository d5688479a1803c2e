package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versions;

import java.time.Clock;
import java.util.List;

/** A member of the therapeutic area's specialist group approves a draft of its recommendation. */
@UseCase
public class ApproveRecommendation {

    private final RecommendationRepository recommendations;
    private final SpecialistGroupRepository groups;
    private final Clock clock;

    @Inject
    public ApproveRecommendation(RecommendationRepository recommendations, SpecialistGroupRepository groups,
                                 Clock clock) {
        this.recommendations = recommendations;
        this.groups = groups;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ApproveRecommendation() {
        this(null, null, null);
    }

    /**
     * {@code member} approves the draft she saw. The area must have a specialist group
     * ({@code recommendation.approve.noGroup}); where it has several, the one she is a member of
     * decides; otherwise the rules of {@link Recommendation#approve} (not a member: 403).
     */
    public Recommendation approve(Long recommendationId, Long seenVersion, String member) {
        Recommendation draft = RecommendationAccess.recommendation(recommendations, recommendationId);
        Versions.require(draft.getVersion(), seenVersion);
        draft.approve(groupOf(draft, member), member, clock);
        return draft;
    }

    /** Takes an approved version back to draft, for changes the group asks for; the approval must be given anew. */
    public Recommendation reopen(Long recommendationId, Long seenVersion) {
        Recommendation approved = RecommendationAccess.recommendation(recommendations, recommendationId);
        Versions.require(approved.getVersion(), seenVersion);
        approved.reopen();
        return approved;
    }

    private SpecialistGroup groupOf(Recommendation draft, String member) {
        List<SpecialistGroup> ofArea = groups.findAll().stream()
                .filter(g -> g.getTherapeuticArea() != null
                        && draft.getTherapeuticAreaId().equals(g.getTherapeuticArea().getId()))
                .toList();
        if (ofArea.isEmpty()) {
            throw new DomainException(null, "recommendation.approve.noGroup");
        }
        return ofArea.stream().filter(g -> g.isMember(member)).findFirst().orElse(ofArea.get(0));
    }
}
