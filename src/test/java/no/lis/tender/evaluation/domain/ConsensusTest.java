package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OTHER_MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.scoredAll;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsensusTest {

    private static final Scale SCALE = new Scale(0, 10);

    private final Tender tender = EvaluationFixtures.openedTender();
    private final SubCriterionRef ref = EvaluationFixtures.refs(tender).get(0);

    @Test
    void theMeanIsRoundedHalfUpToAWholeNumber() {
        assertThat(Consensus.mean(List.of(6, 7))).isEqualTo(7);
        assertThat(Consensus.mean(List.of(6, 6, 7))).isEqualTo(6);
        assertThat(Consensus.mean(List.of(5, 6, 6, 6))).isEqualTo(6);
        assertThat(Consensus.mean(List.of(0))).isZero();
    }

    @Test
    void byDefaultTheConsensusIsTheMeanOfTheSubmittedScoresAndDraftsDoNotCount() {
        List<MemberScoreSheet> sheets = List.of(scoredAll(tender, MEMBER, 6, true),
                scoredAll(tender, OTHER_MEMBER, 7, true), scoredAll(tender, "ola.member", 0, false));

        Consensus consensus = Consensus.set(OFFER, ref, SCALE, sheets, null, null, TenderFixtures.BUYER,
                AFTER_DEADLINE);

        assertThat(consensus.proposedMean()).isEqualTo(7);
        assertThat(consensus.value()).isEqualTo(7);
        assertThat(consensus.differsFromMean()).isFalse();
        assertThat(consensus.note()).isNull();
        assertThat(consensus.setBy()).isEqualTo(TenderFixtures.BUYER);
        assertThat(consensus.setAt()).isEqualTo(AFTER_DEADLINE.instant());
    }

    @Test
    void anotherValueThanTheMeanNeedsANote() {
        List<MemberScoreSheet> sheets = List.of(scoredAll(tender, MEMBER, 6, true));

        assertThat(refusal(() -> Consensus.set(OFFER, ref, SCALE, sheets, 8, " ", TenderFixtures.BUYER,
                AFTER_DEADLINE))).containsExactly(new Violation("note", "evaluation.consensus.noteRequired"));

        Consensus consensus = Consensus.set(OFFER, ref, SCALE, sheets, 8, "Enighet i møtet 3. mars.",
                TenderFixtures.BUYER, AFTER_DEADLINE);
        assertThat(consensus.value()).isEqualTo(8);
        assertThat(consensus.proposedMean()).isEqualTo(6);
        assertThat(consensus.differsFromMean()).isTrue();
        assertThat(consensus.note()).isEqualTo("Enighet i møtet 3. mars.");
    }

    @Test
    void theConsensusMustBeOnTheScale() {
        List<MemberScoreSheet> sheets = List.of(scoredAll(tender, MEMBER, 6, true));

        assertThat(refusal(() -> Consensus.set(OFFER, ref, SCALE, sheets, 11, "Ekstra.", TenderFixtures.BUYER,
                AFTER_DEADLINE))).containsExactly(new Violation("value", "evaluation.score.outOfScale", 0, 10));
    }

    @Test
    void noConsensusBeforeAnyMemberHasSubmitted() {
        List<MemberScoreSheet> sheets = List.of(scoredAll(tender, MEMBER, 6, false));

        assertThat(refusal(() -> Consensus.set(OFFER, ref, SCALE, sheets, null, null, TenderFixtures.BUYER,
                AFTER_DEADLINE))).containsExactly(new Violation(null, "evaluation.consensus.noScores", ref.title()));
    }

    @Test
    void sheetsOfAnotherOfferAreNotMixedIn() {
        List<MemberScoreSheet> sheets = List.of(scoredAll(tender, MEMBER, 6, true));

        assertThatThrownBy(() -> Consensus.set(99L, ref, SCALE, sheets, null, null, TenderFixtures.BUYER,
                AFTER_DEADLINE)).isInstanceOf(IllegalArgumentException.class);
    }
}
