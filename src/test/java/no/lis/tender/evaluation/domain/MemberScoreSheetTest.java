package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.refs;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class MemberScoreSheetTest {

    private final Tender tender = EvaluationFixtures.openedTender();
    private final SubCriterionRef first = refs(tender).get(0);
    private final MemberScoreSheet sheet = MemberScoreSheet.start(tender, OFFER, MEMBER);

    @Test
    void theTenderScoresEverySubCriterionOfItsWeightedNonPriceCriteria() {
        assertThat(refs(tender)).isNotEmpty().allSatisfy(ref -> assertThat(ref.type().isScored()).isTrue());
        assertThat(refs(tender)).extracting(SubCriterionRef::type).contains(CriterionType.ENVIRONMENT);
    }

    @Test
    void aNewSheetIsAnEmptyDraft() {
        assertThat(sheet.getStatus()).isEqualTo(ScoreSheetStatus.DRAFT);
        assertThat(sheet.getScores()).isEmpty();
        assertThat(sheet.getSubmittedAt()).isNull();
    }

    @Test
    void aScoreIsKeptWithItsJustificationAndAnotherScoreOfItReplacesIt() {
        sheet.score(tender, first, 4, "Kort holdbarhet.");
        sheet.score(tender, first, 7, " Lang holdbarhet. ");

        assertThat(sheet.getScores()).singleElement().satisfies(score -> {
            assertThat(score.ref()).isEqualTo(first);
            assertThat(score.getValue()).isEqualTo(7);
            assertThat(score.getJustification()).isEqualTo("Lang holdbarhet.");
        });
    }

    @Test
    void theEndsOfTheScaleMayBeScored() {
        sheet.score(tender, first, 0, "Ingen.");
        sheet.score(tender, first, 10, "Full.");

        assertThat(sheet.scoreOf(first)).hasValueSatisfying(score -> assertThat(score.getValue()).isEqualTo(10));
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedNamingItsEnds() {
        assertThat(refusal(() -> sheet.score(tender, first, 11, "For mye.")))
                .containsExactly(new Violation("value", "evaluation.score.outOfScale", 0, 10));
        assertThat(refusal(() -> sheet.score(tender, first, -1, "For lite.")))
                .containsExactly(new Violation("value", "evaluation.score.outOfScale", 0, 10));
    }

    @Test
    void aScoreNeedsAJustificationAndEveryBrokenRuleIsReportedAtOnce() {
        assertThat(refusal(() -> sheet.score(tender, first, 11, " ")))
                .containsExactly(new Violation("value", "evaluation.score.outOfScale", 0, 10),
                        new Violation("justification", "validation.required"));
        assertThat(sheet.getScores()).isEmpty();
    }

    @Test
    void aJustificationIsShort() {
        String tooLong = "x".repeat(SubCriterionScore.JUSTIFICATION_LENGTH + 1);

        assertThat(refusal(() -> sheet.score(tender, first, 5, tooLong)))
                .containsExactly(new Violation("justification", "text.tooLong", SubCriterionScore.JUSTIFICATION_LENGTH));
    }

    @Test
    void aSubCriterionTheTenderDoesNotScoreIsRefused() {
        SubCriterionRef unknown = new SubCriterionRef(CriterionType.QUALITY, "Finnes ikke");

        assertThat(refusal(() -> sheet.score(tender, unknown, 5, "Begrunnet.")))
                .containsExactly(new Violation(null, "evaluation.score.unknownSubCriterion", "Finnes ikke"));
    }

    @Test
    void submittingRecordsWhenAndFreezesTheScores() {
        MemberScoreSheet submitted = EvaluationFixtures.scoredAll(tender, MEMBER, 6, true);

        assertThat(submitted.isSubmitted()).isTrue();
        assertThat(submitted.getSubmittedAt()).isEqualTo(AFTER_DEADLINE.instant());
        assertThat(refusal(() -> submitted.score(tender, first, 3, "Ombestemt meg.")))
                .containsExactly(new Violation(null, "evaluation.score.submitted"));
        assertThat(refusal(() -> submitted.submit(tender, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "evaluation.score.submitted"));
    }

    @Test
    void submittingWithSubCriteriaLeftUnscoredIsRefusedNamingThem() {
        sheet.score(tender, first, 5, "Begrunnet.");
        List<String> missing = refs(tender).stream().skip(1).map(SubCriterionRef::title).toList();

        assertThat(refusal(() -> sheet.submit(tender, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "evaluation.score.incomplete", String.join(", ", missing)));
        assertThat(sheet.isSubmitted()).isFalse();
    }

    @Test
    void scoringIsOnlyPossibleWhileTheTenderIsOpenedForEvaluation() {
        Tender published = Stored.withId(TenderFixtures.published(), 1L);

        assertThat(refusal(() -> MemberScoreSheet.start(published, OFFER, MEMBER)))
                .containsExactly(new Violation(null, "evaluation.notInEvaluation", published.getStatus()));
    }
}
