package no.lis.tender.evaluation.application;

import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.util.List;

/**
 * The buyer chooses the price scenario a lot is ranked under (issue 16 item 3), e.g. "all patients"
 * rather than "subgroup only", and the tender is ranked again at once, so that the stored ranking, the
 * award and the report follow the choice; each offer's price and place under the other scenarios stay
 * beside it. {@code version} is that of the evaluation as the buyer saw it (null if none was stored).
 */
@UseCase
public class ChooseScenario {

    private final TenderRepository tenders;
    private final TenderEvaluationRepository evaluations;
    private final RankTender rankTender;

    @Inject
    public ChooseScenario(TenderRepository tenders, TenderEvaluationRepository evaluations, RankTender rankTender) {
        this.tenders = tenders;
        this.evaluations = evaluations;
        this.rankTender = rankTender;
    }

    /** For the CDI proxy. */
    protected ChooseScenario() {
        this(null, null, null);
    }

    /** Returns the outcomes of the ranking made under the choice. */
    public List<LotOutcome> choose(Long tenderId, int lotNumber, String scenario, Long version, String buyer) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        TenderEvaluation evaluation = EvaluationAccess.evaluationAt(evaluations, tender.getId(), version);
        evaluation.chooseScenario(tender, lotNumber, scenario);
        return rankTender.rank(tenderId, buyer);
    }
}
