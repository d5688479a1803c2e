package no.lis.tender.evaluation.application;

import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The buyer closes the evaluation once every opened offer is qualified or rejected and every lot
 * with offers is ranked: the tender moves on to the award.
 */
@UseCase
public class CompleteEvaluation {

    private final TenderRepository tenders;
    private final OpenedOfferReader offers;
    private final QualificationRepository qualifications;
    private final TenderEvaluationRepository evaluations;
    private final TenderRankingRepository rankings;
    private final RankTender rankTender;
    private final Clock clock;

    @Inject
    public CompleteEvaluation(TenderRepository tenders, OpenedOfferReader offers, QualificationRepository qualifications,
                              TenderEvaluationRepository evaluations, TenderRankingRepository rankings,
                              RankTender rankTender, Clock clock) {
        this.tenders = tenders;
        this.offers = offers;
        this.qualifications = qualifications;
        this.evaluations = evaluations;
        this.rankings = rankings;
        this.rankTender = rankTender;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected CompleteEvaluation() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * Refused while an offer has no qualification decision ({@code evaluation.qualificationPending},
     * with their number), before a ranking ({@code evaluation.notRanked}), while lots wait
     * ({@code evaluation.lotsWaiting}) and when the stored ranking is no longer what the offers,
     * qualifications and consensus give now ({@code evaluation.rankingOutdated}): the buyer closes
     * on the ranking she has seen, so she computes it again first.
     */
    public void complete(Long tenderId, String buyer) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        Set<Long> decided = qualifications.findByTender(tender.getId()).stream().map(Qualification::getOfferId)
                .collect(Collectors.toSet());
        long pending = offers.opened(tender.getId()).stream().filter(offer -> !decided.contains(offer.offerId())).count();
        if (pending > 0) {
            throw new DomainException(null, "evaluation.qualificationPending", pending);
        }
        TenderEvaluation evaluation = evaluations.findByTender(tender.getId())
                .orElseThrow(() -> new DomainException(null, "evaluation.notRanked"));
        List<LotOutcome> stored = rankings.all(tender.getId());
        if (evaluation.isRanked() && !LotOutcome.sameRankings(stored, rankTender.evaluate(tender))) {
            throw new DomainException(null, "evaluation.rankingOutdated");
        }
        evaluation.complete(tender, stored, buyer, clock);
    }
}
