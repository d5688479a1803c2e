package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.ScoringRights;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

/** Loads what an evaluation use case acts on and checks who acts. */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    static Tender tender(TenderRepository tenders, Long id) {
        return Existing.require(id, tenders::find, "evaluation.tenderNotFound");
    }

    /** {@link ScoringRights#requireMayScore} with {@code member}'s declaration for the tender. */
    static void requireMayScore(ImpartialityDeclarationRepository declarations, Long tenderId, String member,
                                boolean memberOfGroup) {
        ScoringRights.requireMayScore(member, memberOfGroup, declarations.findByTenderAndMember(tenderId, member));
    }
}
