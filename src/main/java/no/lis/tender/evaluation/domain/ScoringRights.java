package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.Optional;

/** Who may score a tender, and what a scoring member may see. */
public final class ScoringRights {

    private ScoringRights() {
    }

    /**
     * Refuses {@code member} unless she belongs to the tender's specialist group
     * ({@code evaluation.notMember}), has declared impartiality for it
     * ({@code evaluation.impartialityRequired}) and declared no conflict
     * ({@code evaluation.conflictDeclared}). {@code declaration} is hers for this tender, if any.
     */
    public static void requireMayScore(String member, boolean memberOfGroup,
                                       Optional<ImpartialityDeclaration> declaration) {
        if (!memberOfGroup) {
            throw new DomainException(null, "evaluation.notMember", member);
        }
        declaration.filter(d -> !d.getMember().equals(member)).ifPresent(d -> {
            throw new IllegalArgumentException("the declaration of " + d.getMember() + " is not " + member + "'s");
        });
        ImpartialityDeclaration declared = declaration
                .orElseThrow(() -> new DomainException(null, "evaluation.impartialityRequired"));
        if (!declared.isImpartial()) {
            throw new DomainException(null, "evaluation.conflictDeclared");
        }
    }

    /** A member sees the other members' scores of an offer only once she has submitted her own. */
    public static boolean mayViewOthers(Optional<MemberScoreSheet> own) {
        return own.map(MemberScoreSheet::isSubmitted).orElse(false);
    }

    /** Members score without seeing prices unless the buyer has lifted that for the tender. */
    public static boolean pricesVisible(boolean liftedByBuyer) {
        return liftedByBuyer;
    }
}
