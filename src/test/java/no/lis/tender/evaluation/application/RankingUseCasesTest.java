package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.LotStatus;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static no.lis.tender.evaluation.application.EvaluationWorld.HUMIRA;
import static no.lis.tender.evaluation.application.EvaluationWorld.HYRIMOZ;
import static no.lis.tender.evaluation.application.EvaluationWorld.PHARMA_A;
import static no.lis.tender.evaluation.application.EvaluationWorld.PHARMA_B;
import static no.lis.tender.evaluation.application.EvaluationWorld.PHARMA_C;
import static no.lis.tender.evaluation.application.EvaluationWorld.READY_TO_USE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OTHER_MEMBER;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** RankTender, CompleteEvaluation, SetConsensus and ShowPricesToMembers over the {@link EvaluationWorld}. */
class RankingUseCasesTest {

    private final EvaluationWorld world = new EvaluationWorld();

    @Test
    void rankingLeavesRejectedOffersOutAndStoresEveryLot() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        world.submitted(PHARMA_B, 2, HYRIMOZ, "7000.00", 1, 2);
        world.submitted(PHARMA_C, 3, HYRIMOZ, "8500.00", 1);
        world.open();
        world.qualify(2, false);
        world.consensus(1, 6);
        world.consensus(3, 9);

        List<LotOutcome> outcomes = world.rank.rank(1L, BUYER);

        // both packs hold 40 mg × 2 / 2.9 mg = 27.5862 DDDs. A is cheapest of those left: 70 × 1 + 30 × 0.6 = 88.
        // C earns 30 × 0.9 = 27 for quality and 70 × 8000 / 8500 ≈ 65.88 for price: about 92.88, so C wins.
        // Savings: A (10 000 - 8 000) × 1 000 packs, C (9 000 - 8 500) × 1 000 packs.
        assertThat(outcomes).extracting(LotOutcome::lotNumber, LotOutcome::status)
                .containsExactly(tuple(1, LotStatus.RANKED), tuple(2, LotStatus.NO_OFFERS));
        assertThat(outcomes.get(0).offers()).extracting(EvaluatedOffer::rank, EvaluatedOffer::supplierName,
                EvaluatedOffer::varenummer, EvaluatedOffer::dddsPerPack, EvaluatedOffer::savings).containsExactly(
                tuple(1, "Pharma C AS", HYRIMOZ, new BigDecimal("27.5862"), new BigDecimal("500000.00")),
                tuple(2, "Pharma A AS", HUMIRA, new BigDecimal("27.5862"), new BigDecimal("2000000.00")));
        assertThat(outcomes.get(0).winner().part(CriterionType.QUALITY)).isEqualTo(new BigDecimal("27.0000"));
        assertThat(outcomes.get(0).offers().get(1).total()).isEqualTo(new BigDecimal("88.0000"));
        assertThat(world.rankings.all(1L)).isEqualTo(outcomes);
        assertThat(world.evaluations.findByTender(1L)).get().satisfies(evaluation -> {
            assertThat(evaluation.getRankedBy()).isEqualTo(BUYER);
            assertThat(evaluation.getLotsRanked()).isEqualTo(1);
            assertThat(evaluation.getLotsWaiting()).isZero();
        });
    }

    @Test
    void rankingAgainReadsNoSealedContentOfOffersOpenedBefore() {
        assertThat(world.offersReadWhole).as("nothing opened yet").hasValue(0);
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        world.submitted(PHARMA_C, 3, HYRIMOZ, "8500.00", 1);
        world.open();
        world.consensus(1, 6);
        world.consensus(3, 9);

        List<LotOutcome> first = world.rank.rank(1L, BUYER);
        assertThat(world.offersReadWhole).as("each offer read with its ciphertext once, to be opened").hasValue(2);
        List<LotOutcome> again = world.rank.rank(1L, BUYER);

        assertThat(world.offersReadWhole).as("their content is held once opened").hasValue(2);
        assertThat(again).isEqualTo(first);
        // C: 70 × 8000 / 8500 + 30 × 0.9 ≈ 92.88; A: 70 + 30 × 0.6 = 88
        assertThat(again.get(0).offers()).extracting(EvaluatedOffer::supplierName, EvaluatedOffer::packPrice)
                .containsExactly(tuple("Pharma C AS", new BigDecimal("8500.00")),
                        tuple("Pharma A AS", new BigDecimal("8000.00")));
    }

    @Test
    void aPackTheCatalogueDoesNotKnowKeepsItsLotWaiting() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        world.submitted(PHARMA_B, 2, "999999", "7000.00", 1);
        world.open();
        world.consensus(1, 6);
        world.consensus(2, 6);

        List<LotOutcome> outcomes = world.rank.rank(1L, BUYER);

        assertThat(outcomes.get(0).status()).isEqualTo(LotStatus.PRICE_NOT_COMPARABLE);
        assertThat(outcomes.get(0).waitingFor()).containsExactly("999999");
        assertThat(world.evaluations.findByTender(1L)).get().extracting(TenderEvaluation::getLotsWaiting)
                .isEqualTo(1);
    }

    @Test
    void rankingAgainOnceTheConsensusIsSetReplacesTheStoredRanking() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        world.submitted(PHARMA_C, 3, HYRIMOZ, "8500.00", 1);
        world.open();
        world.consensus(1, 6);

        assertThat(world.rank.rank(1L, BUYER).get(0).waitingFor()).containsExactly("Pharma C AS");
        assertThat(world.rankings.lot(1L, 1)).get().extracting(LotOutcome::status)
                .isEqualTo(LotStatus.AWAITING_CONSENSUS);

        world.consensus(3, 9);
        world.rank.rank(1L, BUYER);

        assertThat(world.rankings.lot(1L, 1)).get().extracting(LotOutcome::status).isEqualTo(LotStatus.RANKED);
        assertThat(world.rankings.count(1L)).isEqualTo(2);
    }

    @Test
    void nothingIsRankedBeforeTheOffersAreOpened() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);

        assertThat(refusal(() -> world.rank.rank(1L, BUYER))).extracting(Violation::messageKey)
                .containsExactly("offers.sealed");
        assertThat(world.rankings.count(1L)).isZero();
    }

    @Test
    void theEvaluationCannotBeCompletedWhileAnOfferIsUndecided() {
        openedWith(2);
        world.qualify(1, true);
        world.consensus(1, 6);
        world.consensus(2, 6);
        world.rank.rank(1L, BUYER);

        assertThat(refusalToComplete())
                .containsExactly(new Violation(null, "evaluation.qualificationPending", 1L));
    }

    @Test
    void theEvaluationCannotBeCompletedBeforeARankingNorWhileALotWaits() {
        openedWith(1);
        world.qualify(1, true);

        assertThat(refusalToComplete()).containsExactly(new Violation(null, "evaluation.notRanked"));

        world.rank.rank(1L, BUYER);
        assertThat(refusalToComplete()).containsExactly(new Violation(null, "evaluation.lotsWaiting", 1L));
    }

    @Test
    void completingARankedEvaluationMovesTheTenderOnToTheAward() {
        openedWith(2);
        world.qualify(1, true);
        world.qualify(2, false);
        world.consensus(1, 6);
        world.rank.rank(1L, BUYER);

        world.complete.complete(1L, BUYER);

        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.EVALUATED);
    }

    @Test
    void anOfferRejectedAfterTheRankingMustBeRankedAgainBeforeTheEvaluationCloses() {
        openedWith(2);
        world.qualify(1, true);
        world.qualify(2, true);
        world.consensus(1, 6);
        world.consensus(2, 6);
        world.rank.rank(1L, BUYER);
        world.qualify(2, false);

        assertThat(refusalToComplete()).containsExactly(new Violation(null, "evaluation.rankingOutdated"));

        world.rank.rank(1L, BUYER);
        world.complete.complete(1L, BUYER);
        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.EVALUATED);
    }

    @Test
    void theConsensusIsTheMembersMeanByDefault() {
        openedWith(1);
        world.scored(1, MEMBER, 6, true);
        world.scored(1, OTHER_MEMBER, 7, true);
        world.scored(1, "ola.member", 0, false);

        ConsensusScore set = world.setConsensus.set(command(1L, null, null, null), BUYER);

        // (6 + 7) / 2 = 6.5, half up to 7; the draft does not count
        assertThat(set.getValue()).isEqualTo(7);
        assertThat(set.getProposedMean()).isEqualTo(7);
        assertThat(world.consensus.findByTender(1L)).containsExactly(set);
    }

    @Test
    void anotherValueThanTheMeanNeedsANoteAndNothingIsSetWithout() {
        openedWith(1);
        world.scored(1, MEMBER, 6, true);

        assertThat(refusal(() -> world.setConsensus.set(command(1L, 9, " ", null), BUYER)))
                .containsExactly(new Violation("note", "evaluation.consensus.noteRequired"));
        assertThat(world.consensus.findByTender(1L)).isEmpty();

        ConsensusScore set = world.setConsensus.set(command(1L, 9, "Enighet i møtet.", null), BUYER);
        assertThat(set.getValue()).isEqualTo(9);
        assertThat(set.getNote()).isEqualTo("Enighet i møtet.");
    }

    @Test
    void aConsensusSetAnewOnAnOutdatedPageIsRefused() {
        openedWith(1);
        world.scored(1, MEMBER, 6, true);
        ConsensusScore first = world.setConsensus.set(command(1L, null, null, null), BUYER);

        assertThat(refusal(() -> world.setConsensus.set(command(1L, 8, "Ny vurdering.", null), BUYER)))
                .as("the page showed no consensus").containsExactly(
                        new Violation(null, "concurrent.modification.generic"));
        assertThat(refusal(() -> world.setConsensus.set(command(1L, 8, "Ny vurdering.", first.getVersion() + 1),
                BUYER))).containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(first.getValue()).isEqualTo(6);

        world.setConsensus.set(command(1L, 8, "Ny vurdering.", first.getVersion()), BUYER);
        assertThat(world.consensus.findByTender(1L)).singleElement()
                .extracting(ConsensusScore::getValue).isEqualTo(8);
    }

    @Test
    void acceptingTheMeansForAllAgreesEveryLineWithSubmittedScoresInOneStepAndLeavesTheRest() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        world.submitted(PHARMA_B, 2, HYRIMOZ, "7000.00", 1);
        world.submitted(PHARMA_C, 3, HYRIMOZ, "8500.00", 1);
        world.open();
        world.scored(1, MEMBER, 6, true);
        world.scored(1, OTHER_MEMBER, 7, true);
        world.scored(2, MEMBER, 8, true);
        world.scored(3, MEMBER, 5, false);
        world.setConsensus.set(command(2L, 3, "Avtalt i møtet.", null), BUYER);

        int accepted = world.acceptMeans.acceptAll(1L, BUYER);

        // offer 1: (6 + 7) / 2 half up = 7; offer 2 keeps the consensus the buyer set; offer 3 has only a draft
        assertThat(accepted).isEqualTo(1);
        assertThat(world.consensus.findByTender(1L)).extracting(ConsensusScore::getOfferId, ConsensusScore::getValue,
                ConsensusScore::getNote).containsExactlyInAnyOrder(tuple(1L, 7, null), tuple(2L, 3, "Avtalt i møtet."));
        assertThat(world.queries.buyerEvaluation(1L).hasMeansToAccept()).isFalse();
        assertThat(refusal(() -> world.acceptMeans.acceptAll(1L, BUYER)))
                .as("nothing left to accept").containsExactly(new Violation(null, "evaluation.consensus.noneToAccept"));
    }

    @Test
    void pricesAreShownToMembersOnlyByAnUpToDateSwitch() {
        openedWith(1);

        TenderEvaluation shown = world.showPrices.show(1L, true, null, BUYER);

        assertThat(shown.isPricesVisibleToMembers()).isTrue();
        assertThat(world.evaluations.findByTender(1L)).contains(shown);
        assertThat(refusal(() -> world.showPrices.show(1L, false, shown.getVersion() + 1, BUYER)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(refusal(() -> world.showPrices.show(1L, false, null, BUYER)))
                .as("the page was loaded before the prices were shown")
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(shown.isPricesVisibleToMembers()).isTrue();

        world.showPrices.show(1L, false, shown.getVersion(), BUYER);
        assertThat(shown.isPricesVisibleToMembers()).isFalse();
    }

    /** The first {@code offers} of these on lot 1, opened: 1 Pharma A, Humira at 8 000; 2 Pharma B, Hyrimoz at 7 000. */
    private void openedWith(int offers) {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        if (offers == 2) {
            world.submitted(PHARMA_B, 2, HYRIMOZ, "7000.00", 1);
        }
        world.open();
    }

    /** Why completing the evaluation is refused; the tender stays in evaluation. */
    private List<Violation> refusalToComplete() {
        List<Violation> refused = refusal(() -> world.complete.complete(1L, BUYER));
        assertThat(world.tender.getStatus()).as("still in evaluation").isEqualTo(TenderStatus.OPENED);
        return refused;
    }

    private static SetConsensusCommand command(Long offerId, Integer value, String note, Long version) {
        return new SetConsensusCommand(1L, offerId, READY_TO_USE.type(), READY_TO_USE.title(), value, note, version);
    }
}
