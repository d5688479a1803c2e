package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringRightsTest {

    private static final Optional<ImpartialityDeclaration> IMPARTIAL = Optional.of(
            ImpartialityDeclaration.declare(1L, MEMBER, true, null, AFTER_DEADLINE));
    private static final Optional<ImpartialityDeclaration> CONFLICT = Optional.of(
            ImpartialityDeclaration.declare(1L, MEMBER, false, "Aksjer i Pharma A.", AFTER_DEADLINE));

    @Test
    void anImpartialMemberOfTheGroupMayScore() {
        assertThatCode(() -> ScoringRights.requireMayScore(MEMBER, true, IMPARTIAL)).doesNotThrowAnyException();
    }

    @Test
    void someoneOutsideTheGroupMayNotScore() {
        assertThat(refusal(() -> ScoringRights.requireMayScore(MEMBER, false, IMPARTIAL)))
                .containsExactly(new Violation(null, "evaluation.notMember", MEMBER));
    }

    @Test
    void aMemberWhoHasNotDeclaredImpartialityMayNotScore() {
        assertThat(refusal(() -> ScoringRights.requireMayScore(MEMBER, true, Optional.empty())))
                .containsExactly(new Violation(null, "evaluation.impartialityRequired"));
    }

    @Test
    void aMemberWhoDeclaredAConflictMayNotScore() {
        assertThat(refusal(() -> ScoringRights.requireMayScore(MEMBER, true, CONFLICT)))
                .containsExactly(new Violation(null, "evaluation.conflictDeclared"));
    }

    @Test
    void anotherMembersDeclarationDoesNotCount() {
        assertThatThrownBy(() -> ScoringRights.requireMayScore("per.member", true, IMPARTIAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMemberSeesOthersScoresOnlyAfterSubmittingHerOwn() {
        Tender tender = EvaluationFixtures.openedTender();

        assertThat(ScoringRights.mayViewOthers(Optional.empty())).isFalse();
        assertThat(ScoringRights.mayViewOthers(Optional.of(
                EvaluationFixtures.scoredAll(tender, MEMBER, 5, false)))).isFalse();
        assertThat(ScoringRights.mayViewOthers(Optional.of(
                EvaluationFixtures.scoredAll(tender, MEMBER, 5, true)))).isTrue();
    }

    @Test
    void pricesAreHiddenWhileScoringUnlessTheBuyerLiftsThat() {
        assertThat(ScoringRights.pricesVisible(false)).isFalse();
        assertThat(ScoringRights.pricesVisible(true)).isTrue();
    }
}
