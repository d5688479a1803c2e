package no.lis.tender.agreements.award.application;

import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.evaluation.domain.Ranking;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** Loads what the award use cases act on: the tender, its award decision and a lot's stored ranking. */
public final class AwardAccess {

    private AwardAccess() {
    }

    public static Tender tender(TenderRepository tenders, Long id) {
        return Existing.require(id, tenders::find, "agreements.tender.notFound");
    }

    /** The tender's award decision; refused ({@code agreements.award.notFound}) before the buyer has started one. */
    public static AwardDecision decision(AwardDecisionRepository decisions, Long tenderId) {
        return decisions.findByTender(tenderId)
                .orElseThrow(() -> new DomainException(null, "agreements.award.notFound", tenderId));
    }

    /** The tender's award decision, started now by {@code buyer} if she has not started one yet. */
    public static AwardDecision decisionStartedBy(AwardDecisionRepository decisions, Tender tender, String buyer, Clock clock) {
        return decisions.findByTender(tender.getId())
                .orElseGet(() -> decisions.save(AwardDecision.prepare(tender, buyer, clock)));
    }

    /** The stored outcome of lot {@code lotNumber}, ranked ({@code agreements.award.lotNotRanked} otherwise). */
    public static LotOutcome rankedLot(TenderRankingRepository rankings, Long tenderId, int lotNumber) {
        return rankings.lot(tenderId, lotNumber).filter(outcome -> outcome.status().isRanked())
                .orElseThrow(() -> new DomainException("lotNumber", "agreements.award.lotNotRanked", lotNumber));
    }

    /** The evaluation's ranking of a lot as the award decision takes it. */
    public static Ranking ranking(LotOutcome outcome) {
        return new Ranking(outcome.offers().stream().map(offer -> new RankedOffer(offer.rank(), offer.offerId(),
                offer.supplierName(), offer.total(), offer.byCriterion())).toList());
    }

    /** The supplier of every offer of the lot, by offer id. */
    public static Map<Long, Long> supplierOfOffer(LotOutcome outcome) {
        return outcome.offers().stream().collect(Collectors.toMap(EvaluatedOffer::offerId, EvaluatedOffer::supplierId));
    }
}
