package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OTHER_MEMBER;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class TenderEvaluationTest {

    private final Tender tender = EvaluationFixtures.openedTender();
    private final TenderEvaluation evaluation = TenderEvaluation.of(tender.getId());

    @Test
    void membersScoreBlindToPriceUntilTheBuyerLiftsItAndTheSwitchIsRecorded() {
        assertThat(evaluation.isPricesVisibleToMembers()).isFalse();

        evaluation.showPricesToMembers(tender, true, BUYER, AFTER_DEADLINE);

        assertThat(evaluation.isPricesVisibleToMembers()).isTrue();
        assertThat(evaluation.getPricesSetBy()).isEqualTo(BUYER);
        assertThat(evaluation.getPricesSetAt()).isEqualTo(AFTER_DEADLINE.instant());

        evaluation.showPricesToMembers(tender, false, "ola.buyer", AFTER_DEADLINE);
        assertThat(evaluation.isPricesVisibleToMembers()).isFalse();
        assertThat(evaluation.getPricesSetBy()).isEqualTo("ola.buyer");
    }

    @Test
    void pricesCanBeShownOnlyOnceTheTenderIsOpened() {
        Tender published = Stored.withId(TenderFixtures.published(), 1L);

        assertThat(refusal(() -> evaluation.showPricesToMembers(published, true, BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "evaluation.notInEvaluation", TenderStatus.PUBLISHED));
        assertThat(evaluation.isPricesVisibleToMembers()).isFalse();
    }

    @Test
    void aRankingRecordsWhoRanItWhenAndHowManyLotsAreRankedOrWait() {
        evaluation.ranked(tender, List.of(ranked(1), waiting(2), LotOutcome.unranked(3, LotStatus.NO_OFFERS, List.of()),
                LotOutcome.unranked(4, LotStatus.PRICE_NOT_COMPARABLE, List.of("654321"))), BUYER, AFTER_DEADLINE);

        assertThat(evaluation.isRanked()).isTrue();
        assertThat(evaluation.getRankedBy()).isEqualTo(BUYER);
        assertThat(evaluation.getRankedAt()).isEqualTo(AFTER_DEADLINE.instant());
        assertThat(evaluation.getLotsRanked()).isEqualTo(1);
        assertThat(evaluation.getLotsWaiting()).as("a lot without offers waits for nothing").isEqualTo(2);
    }

    @Test
    void theEvaluationCannotBeCompletedBeforeARanking() {
        assertThat(refusal(() -> evaluation.complete(tender, List.of(), BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "evaluation.notRanked"));
        assertThat(tender.getStatus()).isEqualTo(TenderStatus.OPENED);
    }

    @Test
    void theEvaluationCannotBeCompletedWhileLotsWait() {
        List<LotOutcome> outcomes = List.of(ranked(1), waiting(2),
                LotOutcome.unranked(3, LotStatus.PRICE_NOT_COMPARABLE, List.of("654321")));
        evaluation.ranked(tender, outcomes, BUYER, AFTER_DEADLINE);

        assertThat(refusal(() -> evaluation.complete(tender, outcomes, BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "evaluation.lotsWaiting", 2L));
        assertThat(tender.getStatus()).isEqualTo(TenderStatus.OPENED);
    }

    @Test
    void completingMovesTheTenderOnOnceEveryLotWithOffersIsRanked() {
        List<LotOutcome> outcomes = List.of(ranked(1), LotOutcome.unranked(2, LotStatus.NO_OFFERS, List.of()));
        evaluation.ranked(tender, outcomes, BUYER, AFTER_DEADLINE);

        evaluation.complete(tender, outcomes, BUYER, AFTER_DEADLINE);

        assertThat(tender.getStatus()).isEqualTo(TenderStatus.EVALUATED);
        assertThat(refusal(() -> evaluation.showPricesToMembers(tender, true, BUYER, AFTER_DEADLINE)))
                .as("nothing changes after the evaluation is closed")
                .containsExactly(new Violation(null, "evaluation.notInEvaluation", TenderStatus.EVALUATED));
    }

    @Test
    void theRankingIsOutOfDateWhenAMemberSubmitsOrAConsensusIsSetAfterIt() {
        Clock later = Clock.offset(AFTER_DEADLINE, Duration.ofMinutes(5));
        MemberScoreSheet before = EvaluationFixtures.scoredAll(tender, MEMBER, 6, true);
        ConsensusScore agreed = ConsensusScore.of(tender.getId(), Consensus.set(OFFER, EvaluationFixtures.refs(tender).get(0),
                new Scale(0, 10), List.of(before), null, null, BUYER, AFTER_DEADLINE));
        assertThat(evaluation.isRankingOutOfDate(List.of(before), List.of(agreed))).as("nothing ranked yet").isFalse();

        evaluation.ranked(tender, List.of(ranked(1)), BUYER, AFTER_DEADLINE);
        assertThat(evaluation.isRankingOutOfDate(List.of(before), List.of(agreed)))
                .as("made from what was there when it was ranked").isFalse();

        MemberScoreSheet draft = EvaluationFixtures.scoredAll(tender, OTHER_MEMBER, 8, false);
        assertThat(evaluation.isRankingOutOfDate(List.of(before, draft), List.of(agreed)))
                .as("a draft does not count").isFalse();
        draft.submit(tender, later);
        assertThat(evaluation.isRankingOutOfDate(List.of(before, draft), List.of(agreed)))
                .as("a member submitted after the ranking").isTrue();

        agreed.revise(Consensus.set(OFFER, agreed.ref(), new Scale(0, 10), List.of(before), 4, "Strengere.", BUYER, later));
        assertThat(evaluation.isRankingOutOfDate(List.of(before), List.of(agreed)))
                .as("a consensus set anew after the ranking").isTrue();

        evaluation.ranked(tender, List.of(ranked(1)), BUYER, Clock.offset(later, Duration.ofMinutes(1)));
        assertThat(evaluation.isRankingOutOfDate(List.of(before, draft), List.of(agreed))).as("ranked again").isFalse();
    }

    private static LotOutcome waiting(int lotNumber) {
        return LotOutcome.unranked(lotNumber, LotStatus.AWAITING_CONSENSUS, List.of("Pharma B AS"));
    }

    private static LotOutcome ranked(int lotNumber) {
        PricePerUnit price = PricePerUnit.normalise(new BigDecimal("900.00"), new BigDecimal("20.0000"),
                ComparisonBasis.PER_DDD, null);
        EvaluatedOffer winner = new EvaluatedOffer(1, 21L, 11L, "Pharma A AS", AFTER_DEADLINE.instant(), "123456",
                new BigDecimal("900.00"), new BigDecimal("20.0000"), price, new BigDecimal("100.0000"),
                Map.of(CriterionType.PRICE, new BigDecimal("100.0000")), new BigDecimal("100.0000"), null);
        return new LotOutcome(lotNumber, LotStatus.RANKED, null, List.of(winner), List.of());
    }
}
