package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.EvaluationReport;
import no.lis.tender.evaluation.domain.EvaluationReport.RankLine;
import no.lis.tender.evaluation.domain.EvaluationReport.ScoreLine;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import static no.lis.tender.evaluation.application.EvaluationWorld.HUMIRA;
import static no.lis.tender.evaluation.application.EvaluationWorld.HYRIMOZ;
import static no.lis.tender.evaluation.application.EvaluationWorld.PHARMA_A;
import static no.lis.tender.evaluation.application.EvaluationWorld.PHARMA_B;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OTHER_MEMBER;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's edition of the report follows her sheets and the buyer's price switch: two offers on
 * lot 1, both scored and submitted by the other member; she has submitted offer 1 only; ranked.
 */
class EvaluationReportsTest {

    private final EvaluationWorld world = new EvaluationWorld();

    EvaluationReportsTest() {
        world.submitted(PHARMA_A, 1, HUMIRA, "8000.00", 1);
        world.submitted(PHARMA_B, 2, HYRIMOZ, "7000.00", 1);
        world.open();
        world.declare(MEMBER, true);
        world.declare(OTHER_MEMBER, true);
        world.scored(1, OTHER_MEMBER, 8, true);
        world.scored(2, OTHER_MEMBER, 6, true);
        world.scored(1, MEMBER, 7, true);
        world.scored(2, MEMBER, 5, false);
        world.consensus(1, 8);
        world.consensus(2, 6);
        world.rank.rank(1L, BUYER);
    }

    @Test
    void herEditionWithholdsTheScoresOfTheOfferSheHasNotSubmittedAndThePricePointsWhilePricesAreHidden() {
        EvaluationReport edition = world.reports.memberReport(1L, MEMBER, "Siri Member");

        assertThat(edition.preparedFor()).isEqualTo("Siri Member");
        assertThat(edition.scores()).filteredOn(line -> line.offerId() == 1L).allSatisfy(line ->
                assertThat(line.members()).extracting(EvaluationReport.MemberLine::member)
                        .containsExactlyInAnyOrder(MEMBER, OTHER_MEMBER));
        assertThat(edition.scores()).filteredOn(line -> line.offerId() == 2L).isNotEmpty()
                .allSatisfy(line -> assertThat(line.withheld()).isTrue()).extracting(ScoreLine::consensus)
                .containsOnlyNulls();
        assertThat(edition.withPricePoints()).isFalse();
        assertThat(edition.lots().get(0).ranking()).isNotEmpty().extracting(RankLine::pricePoints).containsOnlyNulls();
    }

    @Test
    void thePricePointsAreInHerEditionOnceTheBuyerLetsMembersSeePrices() {
        world.showPrices.show(1L, true, world.evaluations.findByTender(1L).orElseThrow().getVersion(), BUYER);

        EvaluationReport edition = world.reports.memberReport(1L, MEMBER, "Siri Member");

        assertThat(edition.withPricePoints()).isTrue();
        assertThat(edition.lots().get(0).ranking()).extracting(RankLine::pricePoints).doesNotContainNull();
        assertThat(edition.lots().get(0).ranking()).extracting(RankLine::packPrice).containsOnlyNulls();
        assertThat(world.reports.memberEdition(1L, MEMBER, "Siri Member").withPricePoints()).isTrue();
    }

    @Test
    void onlyADeclaredMemberOfTheGroupGetsAnEdition() {
        assertThat(refusal(() -> world.reports.memberReport(1L, "ola.outsider", "Ola")))
                .containsExactly(new Violation(null, "evaluation.notMember", "ola.outsider"));
    }
}
