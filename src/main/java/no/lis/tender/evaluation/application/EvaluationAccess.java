package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.ScoringRights;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.util.Optional;

/** Loads what an evaluation use case acts on and checks who acts. */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    static Tender tender(TenderRepository tenders, Long id) {
        return Optional.ofNullable(id).flatMap(tenders::find)
                .orElseThrow(() -> new DomainException(null, "evaluation.tenderNotFound", id));
    }

    /** {@link ScoringRights#requireMayScore} with {@code member}'s declaration for the tender. */
    static void requireMayScore(ImpartialityDeclarationRepository declarations, Long tenderId, String member,
                                boolean memberOfGroup) {
        ScoringRights.requireMayScore(member, memberOfGroup, declarations.findByTenderAndMember(tenderId, member));
    }
}
