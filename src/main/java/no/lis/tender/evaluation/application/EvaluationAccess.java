package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.ScoringRights;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

/** Loads what an evaluation use case acts on and checks who acts. */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    static Tender tender(TenderRepository tenders, Long id) {
        return Existing.require(id, tenders::find, "evaluation.tenderNotFound");
    }

    /** The tender, while it is opened for evaluation; else {@code evaluation.notInEvaluation} with its status. */
    static Tender tenderInEvaluation(TenderRepository tenders, Long id) {
        Tender tender = tender(tenders, id);
        if (tender.getStatus() != TenderStatus.OPENED) {
            throw new DomainException(null, "evaluation.notInEvaluation", tender.getStatus());
        }
        return tender;
    }

    /**
     * The evaluation of {@code tenderId} at the {@code version} the buyer saw, for a buyer's act on it: made and
     * stored by the first act, which saw none (a version sent then is one that is gone); a stale version is a
     * concurrent change.
     */
    static TenderEvaluation evaluationAt(TenderEvaluationRepository evaluations, Long tenderId, Long version) {
        TenderEvaluation evaluation = evaluations.findByTender(tenderId).orElse(null);
        if (evaluation == null) {
            Versions.requireNone(version);
            return evaluations.save(TenderEvaluation.of(tenderId));
        }
        Versions.require(evaluation.getVersion(), version);
        return evaluation;
    }

    /** {@link ScoringRights#requireMayScore} with {@code member}'s declaration for the tender. */
    static void requireMayScore(ImpartialityDeclarationRepository declarations, Long tenderId, String member,
                                boolean memberOfGroup) {
        ScoringRights.requireMayScore(member, memberOfGroup, declarations.findByTenderAndMember(tenderId, member));
    }
}
