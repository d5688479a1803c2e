package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.Tender;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OTHER_MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.scoredAll;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsensusScoreTest {

    private static final Clock LATER = Clock.offset(AFTER_DEADLINE, Duration.ofHours(2));

    private final Tender tender = EvaluationFixtures.openedTender();
    private final List<SubCriterionRef> refs = EvaluationFixtures.refs(tender);
    private final List<MemberScoreSheet> sheets = List.of(scoredAll(tender, MEMBER, 6, true),
            scoredAll(tender, OTHER_MEMBER, 8, true));

    private Consensus consensus(SubCriterionRef ref, Integer chosen, String note, String buyer, Clock clock) {
        return Consensus.set(OFFER, ref, ScoredSubCriteria.require(tender, ref).getScale(), sheets, chosen, note, buyer,
                clock);
    }

    @Test
    void theFirstSettingKeepsTheMeanTheValueAndWhoSetItWhen() {
        ConsensusScore score = ConsensusScore.of(tender.getId(), consensus(refs.get(0), null, null, BUYER,
                AFTER_DEADLINE));

        // (6 + 8) / 2 = 7
        assertThat(score.getTenderId()).isEqualTo(tender.getId());
        assertThat(score.getOfferId()).isEqualTo(OFFER);
        assertThat(score.ref()).isEqualTo(refs.get(0));
        assertThat(score.getProposedMean()).isEqualTo(7);
        assertThat(score.getValue()).isEqualTo(7);
        assertThat(score.differsFromMean()).isFalse();
        assertThat(score.getSet().actor()).isEqualTo(BUYER);
        assertThat(score.getSet().at()).isEqualTo(AFTER_DEADLINE.instant());
    }

    @Test
    void theLastSettingStandsWithItsNote() {
        ConsensusScore score = ConsensusScore.of(tender.getId(), consensus(refs.get(0), null, null, BUYER,
                AFTER_DEADLINE));

        score.revise(consensus(refs.get(0), 9, "Gruppen ble enig i møtet.", "ola.buyer", LATER));

        assertThat(score.getValue()).isEqualTo(9);
        assertThat(score.getProposedMean()).isEqualTo(7);
        assertThat(score.differsFromMean()).isTrue();
        assertThat(score.getNote()).isEqualTo("Gruppen ble enig i møtet.");
        assertThat(score.getSet().actor()).isEqualTo("ola.buyer");
        assertThat(score.getSet().at()).isEqualTo(LATER.instant());
    }

    @Test
    void aConsensusOfAnotherSubCriterionCannotReviseIt() {
        ConsensusScore score = ConsensusScore.of(tender.getId(), consensus(refs.get(0), null, null, BUYER,
                AFTER_DEADLINE));
        Consensus other = consensus(refs.get(1), 9, "Annen vurdering.", BUYER, LATER);

        assertThatIllegalArgumentException().isThrownBy(() -> score.revise(other));
        assertThat(score.getValue()).isEqualTo(7);
    }

    @Test
    void aConsensusOfAnotherOfferCannotReviseIt() {
        ConsensusScore score = ConsensusScore.of(tender.getId(), consensus(refs.get(0), null, null, BUYER,
                AFTER_DEADLINE));
        Consensus ofAnotherOffer = new Consensus(OFFER + 1, refs.get(0), 7, 3, "Annet tilbud.", BUYER,
                LATER.instant());

        assertThatIllegalArgumentException().isThrownBy(() -> score.revise(ofAnotherOffer));
        assertThat(score.getValue()).isEqualTo(7);
    }
}
