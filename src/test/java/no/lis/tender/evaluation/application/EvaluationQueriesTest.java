package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.application.BuyerEvaluation.ConsensusLine;
import no.lis.tender.evaluation.application.BuyerEvaluation.Declared;
import no.lis.tender.evaluation.application.BuyerEvaluation.MemberProgress;
import no.lis.tender.evaluation.application.BuyerEvaluation.MemberScore;
import no.lis.tender.evaluation.application.MemberWorkspace.LotLine;
import no.lis.tender.evaluation.application.MemberWorkspace.OfferToScore;
import no.lis.tender.evaluation.application.MemberWorkspace.OtherScore;
import no.lis.tender.evaluation.domain.ScoreSheetStatus;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

/**
 * What members and buyers see of the evaluation: offers 1 (Pharma A, lots 1 and 2) and 3 (Pharma C,
 * lot 1) stand; offer 2 (Pharma B) is rejected.
 */
class EvaluationQueriesTest {

    private final EvaluationWorld world = new EvaluationWorld();

    @BeforeEach
    void offersAreOpened() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1, 2);
        world.submitted(PHARMA_B, 2, HYRIMOZ, "7000.00", 1);
        world.submitted(PHARMA_C, 3, HYRIMOZ, "8500.00", 1);
        world.open();
        world.qualify(2, false);
    }

    @Test
    void someoneOutsideTheSpecialistGroupSeesNothing() {
        assertThat(refusal(() -> world.queries.workspace(1L, "ola.outsider")))
                .containsExactly(new Violation(null, "evaluation.notMember", "ola.outsider"));
        assertThat(world.queries.isMember(1L, "ola.outsider")).isFalse();
        assertThat(world.queries.isMember(1L, MEMBER)).isTrue();
    }

    @Test
    void aMemberSeesNoOfferBeforeDeclaringImpartiality() {
        MemberWorkspace workspace = world.queries.workspace(1L, MEMBER);

        assertThat(workspace.declared()).isNull();
        assertThat(workspace.offers()).isEmpty();
        assertThat(workspace.mayScore()).isFalse();
    }

    @Test
    void aMemberWhoDeclaredAConflictSeesNoOffer() {
        world.declare(MEMBER, false);

        MemberWorkspace workspace = world.queries.workspace(1L, MEMBER);

        assertThat(workspace.declared()).isFalse();
        assertThat(workspace.ties()).isEqualTo("Styreverv.");
        assertThat(workspace.offers()).isEmpty();
        assertThat(workspace.mayScore()).isFalse();
    }

    @Test
    void anImpartialMemberScoresTheOffersLeftWithTheirAnswersButWithoutPrices() {
        world.declare(MEMBER, true);

        MemberWorkspace workspace = world.queries.workspace(1L, MEMBER);

        assertThat(workspace.mayScore()).isTrue();
        assertThat(workspace.pricesVisible()).isFalse();
        assertThat(workspace.offers()).extracting(OfferToScore::offerId, OfferToScore::supplierName)
                .containsExactly(tuple(1L, "Pharma A AS"), tuple(3L, "Pharma C AS"));
        OfferToScore first = workspace.offers().get(0);
        assertThat(first.lots()).extracting(LotLine::lotNumber, LotLine::lotTitle, LotLine::unitPricePerPack)
                .containsExactly(tuple(1, "Adalimumab", null), tuple(2, "Adalimumab, barn", null));
        assertThat(first.subCriteria()).singleElement().satisfies(sub -> {
            assertThat(sub.ref()).isEqualTo(READY_TO_USE);
            assertThat(sub.answers()).as("the same answer on two lots is shown once")
                    .containsExactly("Ferdigfylt penn fra " + PHARMA_A.username());
            assertThat(sub.value()).isNull();
        });
    }

    @Test
    void membersSeePricesOnlyOnceTheBuyerHasLiftedTheBlindScoring() {
        world.declare(MEMBER, true);
        world.showPrices.show(1L, true, null, BUYER);

        MemberWorkspace workspace = world.queries.workspace(1L, MEMBER);

        assertThat(workspace.pricesVisible()).isTrue();
        assertThat(workspace.offers()).flatExtracting(OfferToScore::lots).extracting(LotLine::unitPricePerPack)
                .containsExactly(new BigDecimal("8000.00"), new BigDecimal("8000.00"), new BigDecimal("8500.00"));
    }

    @Test
    void aMemberSeesTheOtherMembersScoresOfAnOfferOnlyAfterSubmittingHerOwn() {
        world.declare(MEMBER, true);
        world.scored(1, OTHER_MEMBER, 7, true);
        world.scored(1, MEMBER, 5, false);

        OfferToScore drafted = world.queries.workspace(1L, MEMBER).offers().get(0);
        assertThat(drafted.sheetStatus()).isEqualTo(ScoreSheetStatus.DRAFT);
        assertThat(drafted.subCriteria().get(0).value()).isEqualTo(5);
        assertThat(drafted.others()).isEmpty();

        world.sheets.find(1L, 1L, MEMBER).orElseThrow().submit(world.tender, EvaluationWorld.CLOCK);

        OfferToScore submitted = world.queries.workspace(1L, MEMBER).offers().get(0);
        assertThat(submitted.isSubmitted()).isTrue();
        assertThat(submitted.others()).extracting(OtherScore::ref, OtherScore::score)
                .containsExactly(tuple(READY_TO_USE, new MemberScore(OTHER_MEMBER, 7, "Begrunnet.")));
        assertThat(world.queries.workspace(1L, MEMBER).offers().get(1).others())
                .as("her own sheet of the other offer is not submitted").isEmpty();
    }

    @Test
    void aMembersAssignmentCountsTheOffersToScoreAndThoseSubmitted() {
        assertThat(world.queries.assignments(MEMBER)).singleElement().satisfies(assignment -> {
            assertThat(assignment.declared()).isNull();
            assertThat(assignment.offers()).isZero();
        });

        world.declare(MEMBER, true);
        world.scored(1, MEMBER, 5, true);
        world.scored(3, MEMBER, 5, false);

        assertThat(world.queries.assignments(MEMBER)).singleElement().satisfies(assignment -> {
            assertThat(assignment.tenderId()).isEqualTo(1L);
            assertThat(assignment.groupName()).isEqualTo("Revmatologi");
            assertThat(assignment.declared()).isTrue();
            assertThat(assignment.offers()).isEqualTo(2);
            assertThat(assignment.submitted()).isEqualTo(1);
        });
        assertThat(world.queries.assignments("ola.outsider")).isEmpty();
    }

    @Test
    void theBuyerFollowsEachMembersProgressAndTheMeanToSetAsConsensus() {
        world.declare(MEMBER, true);
        world.declare(OTHER_MEMBER, false);
        world.scored(1, MEMBER, 6, true);
        world.scored(3, MEMBER, 4, false);
        world.setConsensus.set(new SetConsensusCommand(1L, 1L, READY_TO_USE.type(), READY_TO_USE.title(), 8,
                "Enighet i møtet.", null), BUYER);

        BuyerEvaluation evaluation = world.queries.buyerEvaluation(1L);

        assertThat(evaluation.offers()).extracting(BuyerEvaluation.OfferQualification::offerId,
                BuyerEvaluation.OfferQualification::isRejected).containsExactly(
                tuple(1L, false), tuple(2L, true), tuple(3L, false));
        assertThat(evaluation.progress()).extracting(MemberProgress::username, MemberProgress::declared,
                MemberProgress::submitted).containsExactly(
                tuple(MEMBER, Declared.IMPARTIAL, 1L), tuple(OTHER_MEMBER, Declared.CONFLICT, 0L));
        assertThat(evaluation.progress().get(0).sheets()).isEqualTo(Map.of(
                1L, ScoreSheetStatus.SUBMITTED, 3L, ScoreSheetStatus.DRAFT));
        assertThat(evaluation.consensus()).extracting(ConsensusLine::offerId, ConsensusLine::mean,
                ConsensusLine::value, ConsensusLine::note).containsExactly(
                tuple(1L, 6, 8, "Enighet i møtet."), tuple(3L, null, null, null));
        assertThat(evaluation.consensus().get(1).scores()).as("a draft is not a score to agree on").isEmpty();
        assertThat(evaluation.subCriteria()).isEqualTo(List.of(READY_TO_USE));
        assertThat(evaluation.waitingFor()).as("she has one of two offers left; a member in conflict scores nothing")
                .containsExactly(MEMBER);
        assertThat(evaluation.lotName(2)).isEqualTo("2: Adalimumab, barn");
        assertThat(evaluation.rankingOutOfDate()).as("nothing ranked yet").isFalse();
    }

    @Test
    void theBuyerSeesThatTheRankingIsOutOfDateOnceAMemberSubmitsAfterIt() {
        world.declare(MEMBER, true);
        world.declare(OTHER_MEMBER, true);
        world.scored(1, MEMBER, 6, true);
        world.scored(3, MEMBER, 6, true);
        assertThat(world.queries.buyerEvaluation(1L).waitingFor()).containsExactly(OTHER_MEMBER);
        world.rank.rank(1L, BUYER);
        assertThat(world.queries.buyerEvaluation(1L).rankingOutOfDate()).isFalse();

        world.scored(1, OTHER_MEMBER, 8, false).submit(world.tender, Clock.offset(EvaluationWorld.CLOCK, Duration.ofMinutes(1)));

        BuyerEvaluation evaluation = world.queries.buyerEvaluation(1L);
        assertThat(evaluation.rankingOutOfDate()).isTrue();
        assertThat(evaluation.waitingFor()).as("one offer left to submit").containsExactly(OTHER_MEMBER);
    }
}
