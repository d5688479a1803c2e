package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationChange;
import no.lis.tender.agreements.recommendations.domain.RecommendationDiff;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft as the specialist group reads it before approving: the drugs per indication in rank order
 * with their comments and what changed from the version before, without prices (the lines are those of
 * the public edition, which have none).
 */
public record DraftForApproval(Long recommendationId, Long therapeuticAreaId, String therapeuticAreaName,
                               int versionNumber, RecommendationStatus status, LocalDate validFrom, LocalDate validTo,
                               ChangeReason changeReason, String changeNote, long version,
                               List<PublicRecommendation.Indication> indications, List<RecommendationChange> changes) implements Serializable {

    public DraftForApproval {
        indications = List.copyOf(indications);
        changes = List.copyOf(changes);
    }

    static DraftForApproval of(Recommendation draft, Recommendation previous, String areaName) {
        List<PublicRecommendation.Indication> indications = draft.indications().stream()
                .map(indication -> new PublicRecommendation.Indication(indication, draft.linesFor(indication).stream()
                        .map(PublicRecommendation.Line::of).toList()))
                .toList();
        return new DraftForApproval(draft.getId(), draft.getTherapeuticAreaId(), areaName, draft.getVersionNumber(),
                draft.getStatus(), draft.getValidFrom(), draft.getValidTo(), draft.getChangeReason(),
                draft.getChangeNote(), draft.getVersion(), indications, RecommendationDiff.between(previous, draft));
    }

    public boolean isDraft() {
        return status == RecommendationStatus.DRAFT;
    }
}
