package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.ScoringRights;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.DomainException;
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

    /** {@link ScoringRights#requireMayScore} with {@code member}'s declaration for the tender. */
    static void requireMayScore(ImpartialityDeclarationRepository declarations, Long tenderId, String member,
                                boolean memberOfGroup) {
        ScoringRights.requireMayScore(member, memberOfGroup, declarations.findByTenderAndMember(tenderId, member));
    }
}
