package no.lis.tender.evaluation.application;

import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * The buyer lifts, for one tender, the rule that the specialist group's members score blind to
 * price, or puts it back. {@code version} is that of the evaluation as the buyer saw it (null if
 * none was shown); a switch made on an outdated page is refused as changed by someone else.
 */
@UseCase
public class ShowPricesToMembers {

    private final TenderRepository tenders;
    private final TenderEvaluationRepository evaluations;
    private final Clock clock;

    @Inject
    public ShowPricesToMembers(TenderRepository tenders, TenderEvaluationRepository evaluations, Clock clock) {
        this.tenders = tenders;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ShowPricesToMembers() {
        this(null, null, null);
    }

    public TenderEvaluation show(Long tenderId, boolean visible, Long version, String buyer) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        TenderEvaluation evaluation = EvaluationAccess.evaluationAt(evaluations, tender.getId(), version);
        evaluation.showPricesToMembers(tender, visible, buyer, clock);
        return evaluation;
    }
}
