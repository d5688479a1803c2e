package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PriceChange;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationChange;
import no.lis.tender.agreements.recommendations.domain.RecommendationDiff;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Any version as the buyer works on it, prices included: its state and who approved and published
 * it, the lines per indication in rank order, and the changes (prices too) from the version before;
 * for a version the system proposed, the agreement behind it and whether a buyer must still confirm it.
 */
public record BuyerRecommendation(Long recommendationId, Long therapeuticAreaId, String therapeuticAreaName,
                                  int versionNumber, RecommendationStatus status, LocalDate validFrom,
                                  LocalDate validTo, ChangeReason changeReason, String changeNote, long version,
                                  String createdBy, String approvedBy, Instant approvedAt, String publishedBy,
                                  Instant publishedAt, List<PricedRecommendation.Indication> indications,
                                  List<RecommendationChange> changes, List<PriceChange> priceChanges,
                                  Long proposedForAgreementId, boolean awaitingConfirmation, String confirmedBy)
        implements Serializable {

    public BuyerRecommendation {
        indications = List.copyOf(indications);
        changes = List.copyOf(changes);
        priceChanges = List.copyOf(priceChanges);
    }

    static BuyerRecommendation of(Recommendation r, Recommendation previous, String areaName) {
        List<PricedRecommendation.Indication> indications = r.indications().stream()
                .map(indication -> new PricedRecommendation.Indication(indication,
                        r.linesFor(indication).stream().map(BuyerRecommendation::line).toList()))
                .toList();
        return new BuyerRecommendation(r.getId(), r.getTherapeuticAreaId(), areaName, r.getVersionNumber(),
                r.getStatus(), r.getValidFrom(), r.getValidTo(), r.getChangeReason(), r.getChangeNote(),
                r.getVersion(), r.getCreated().actor(), r.getApprovedBy(), r.getApprovedAt(), r.getPublishedBy(),
                r.getPublishedAt(), indications, RecommendationDiff.between(previous, r),
                RecommendationDiff.pricesBetween(previous, r), r.getProposedForAgreementId(),
                r.isAwaitingConfirmation(), r.getConfirmedBy());
    }

    private static PricedRecommendation.Line line(RecommendationLine line) {
        return PricedRecommendation.Line.of(line);
    }

    public boolean isDraft() {
        return status == RecommendationStatus.DRAFT;
    }

    public boolean isApproved() {
        return status == RecommendationStatus.APPROVED;
    }

    public boolean isInForce() {
        return status == RecommendationStatus.PUBLISHED;
    }
}
