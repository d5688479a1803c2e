package no.lis.tender.agreements.recommendations.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AMGEVITA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BENEPALI;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CROHN;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.RA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.TO;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.line;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.publishedFirst;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendationDiffTest {

    private final Recommendation first = publishedFirst();
    private final Recommendation second = first.nextVersion(ChangeReason.AGREEMENT_CHANGED, null,
            LocalDate.of(2026, 9, 1), TO, BUYER, CLOCK);

    @Test
    void anUnchangedCopyHasNoChanges() {
        assertThat(RecommendationDiff.between(first, second)).isEmpty();
        assertThat(RecommendationDiff.pricesBetween(first, second)).isEmpty();
    }

    @Test
    void aLineMovedFromSecondToFirstChoiceShowsAsMoved() {
        second.rerank(RA, AMGEVITA, 1);
        second.rerank(RA, HYRIMOZ, 2);

        List<RecommendationChange> changes = RecommendationDiff.between(first, second);

        assertThat(changes).containsExactly(
                new RecommendationChange(ChangeKind.MOVED, RA, AMGEVITA, "Amgevita", 2, 1, null, null),
                new RecommendationChange(ChangeKind.MOVED, RA, HYRIMOZ, "Hyrimoz", 1, 2, null, null));
        assertThat(changes.get(0).isPromotion()).isTrue();
        assertThat(changes.get(1).isPromotion()).isFalse();
    }

    @Test
    void aNewDrugShowsAsAddedWithItsRank() {
        second.addLine(line(CROHN, 2, AMGEVITA, "Amgevita", "9100.50", "Ved intoleranse"));

        assertThat(RecommendationDiff.between(first, second)).containsExactly(
                new RecommendationChange(ChangeKind.ADDED, CROHN, AMGEVITA, "Amgevita", null, 2, null, "Ved intoleranse"));
    }

    @Test
    void aDrugNoLongerRecommendedShowsAsRemovedWithItsFormerRank() {
        second.removeLine(RA, AMGEVITA);

        assertThat(RecommendationDiff.between(first, second)).containsExactly(
                new RecommendationChange(ChangeKind.REMOVED, RA, AMGEVITA, "Amgevita", 2, null, null, null));
    }

    @Test
    void aNewCommentShowsTheOldAndTheNewText() {
        second.replaceLine(RA, HYRIMOZ, second.line(RA, HYRIMOZ).commented("For alle pasienter"));

        assertThat(RecommendationDiff.between(first, second)).containsExactly(new RecommendationChange(
                ChangeKind.COMMENT_CHANGED, RA, HYRIMOZ, "Hyrimoz", 1, 1, "For nye pasienter", "For alle pasienter"));
    }

    @Test
    void aLineThatMovedAndGotANewCommentGivesBothChanges() {
        second.replaceLine(RA, AMGEVITA, second.line(RA, AMGEVITA).rankedAs(3).commented("Ved leveringssvikt"));

        assertThat(RecommendationDiff.between(first, second)).extracting(RecommendationChange::kind)
                .containsExactly(ChangeKind.MOVED, ChangeKind.COMMENT_CHANGED);
    }

    @Test
    void aDrugMovedToAnotherIndicationIsRemovedThereAndAddedHere() {
        second.removeLine(CROHN, BENEPALI);
        second.addLine(line(RA, 3, BENEPALI, "Benepali", "4200.00"));

        assertThat(RecommendationDiff.between(first, second)).extracting(RecommendationChange::kind,
                RecommendationChange::indication).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, RA),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, CROHN));
    }

    @Test
    void theFirstVersionHasEveryLineAdded() {
        assertThat(RecommendationDiff.between(null, first)).hasSize(3)
                .allSatisfy(change -> assertThat(change.kind()).isEqualTo(ChangeKind.ADDED));
        assertThat(RecommendationDiff.pricesBetween(null, first)).isEmpty();
    }

    @Test
    void aNewPriceShowsOnlyAsAPriceChange() {
        RecommendationLine old = second.line(RA, HYRIMOZ);
        second.replaceLine(RA, HYRIMOZ, RecommendationLine.of(RA, 1, old.product(), old.getComment(),
                LinePrices.perPackAndDdd(new BigDecimal("7990.00"), new BigDecimal("289.6300"))));

        assertThat(RecommendationDiff.between(first, second)).isEmpty();
        List<PriceChange> prices = RecommendationDiff.pricesBetween(first, second);
        assertThat(prices).hasSize(1);
        assertThat(prices.get(0).varenummer()).isEqualTo(HYRIMOZ);
        assertThat(prices.get(0).pricePerPackBefore()).isEqualByComparingTo("8390.00");
        assertThat(prices.get(0).pricePerPackAfter()).isEqualByComparingTo("7990.00");
        assertThat(prices.get(0).pricePerDddAfter()).isEqualByComparingTo("289.63");
        assertThat(prices.get(0).pricePerPackDifference()).isEqualByComparingTo("-400.00");
    }

    @Test
    void theSamePriceWrittenWithAnotherScaleIsNoChange() {
        RecommendationLine old = second.line(CROHN, BENEPALI);
        second.replaceLine(CROHN, BENEPALI, RecommendationLine.of(CROHN, 1, old.product(), null,
                LinePrices.perPackAndDdd(new BigDecimal("4200"), new BigDecimal("152.25"))));

        assertThat(RecommendationDiff.pricesBetween(first, second)).isEmpty();
    }

    @Test
    void indicationsAreMatchedIgnoringCase() {
        second.removeLine(CROHN, BENEPALI);
        second.addLine(line("crohns sykdom", 1, BENEPALI, "Benepali", "4200.00"));

        assertThat(RecommendationDiff.between(first, second)).isEmpty();
    }
}
