package no.lis.tender.agreements.award.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.LotAward;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;

/**
 * The buyer awards one market of one lot of an evaluated tender to offers she picks from the stored
 * ranking (one winner, or several in rank order where the tender allows it); the first award starts
 * the tender's award decision. Until the letters are issued she may award a market again.
 */
@UseCase
public class AwardLot {

    private final TenderRepository tenders;
    private final AwardDecisionRepository decisions;
    private final TenderRankingRepository rankings;
    private final Clock clock;

    @Inject
    public AwardLot(TenderRepository tenders, AwardDecisionRepository decisions, TenderRankingRepository rankings,
                    Clock clock) {
        this.tenders = tenders;
        this.decisions = decisions;
        this.rankings = rankings;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AwardLot() {
        this(null, null, null, null);
    }

    /** See {@link AwardDecision#award}; a lot without a ranking is refused ({@code agreements.award.lotNotRanked}). */
    public LotAward award(Long tenderId, int lotNumber, String marketCode, List<Long> offerIds, String buyer) {
        Tender tender = AwardAccess.tender(tenders, tenderId);
        LotOutcome outcome = AwardAccess.rankedLot(rankings, tender.getId(), lotNumber);
        AwardDecision decision = AwardAccess.decisionStartedBy(decisions, tender, buyer, clock);
        return decision.award(tender, lotNumber, marketCode, AwardAccess.ranking(outcome),
                AwardAccess.supplierOfOffer(outcome), offerIds == null ? List.of() : offerIds);
    }
}
