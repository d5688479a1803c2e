package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AMGEVITA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AREA_ID;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BENEPALI;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CROHN;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.FROM;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.MEMBER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.NOW;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.RA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.TO;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.draft;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.group;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.line;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.publishedFirst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationTest {

    private static String keyOf(Throwable e) {
        return ((DomainException) e).violations().get(0).messageKey();
    }

    @Test
    void aNewRecommendationIsTheFirstVersionAndADraft() {
        Recommendation draft = Recommendation.draft(AREA_ID, FROM, TO, BUYER, CLOCK);

        assertThat(draft.getVersionNumber()).isEqualTo(1);
        assertThat(draft.getStatus()).isEqualTo(RecommendationStatus.DRAFT);
        assertThat(draft.getCreated().actor()).isEqualTo(BUYER);
        assertThat(draft.getCreated().at()).isEqualTo(NOW);
        assertThat(draft.getLines()).isEmpty();
    }

    @Test
    void validityMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> Recommendation.draft(AREA_ID, TO, FROM, BUYER, CLOCK))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("validTo", "recommendation.validity.endBeforeStart")));
    }

    @Test
    void validityNeedsBothDays() {
        assertThatThrownBy(() -> Recommendation.draft(AREA_ID, null, null, BUYER, CLOCK))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("validFrom", "validation.required"),
                        new Violation("validTo", "validation.required")));
    }

    @Test
    void linesOfAnIndicationComeFirstChoiceFirst() {
        Recommendation draft = Recommendation.draft(AREA_ID, FROM, TO, BUYER, CLOCK);
        draft.addLine(line(RA, 2, AMGEVITA, "Amgevita", "9100.50"));
        draft.addLine(line(CROHN, 1, BENEPALI, "Benepali", "4200.00"));
        draft.addLine(line(RA, 1, HYRIMOZ, "Hyrimoz", "8390.00"));

        assertThat(draft.indications()).containsExactly(RA, CROHN);
        assertThat(draft.linesFor(RA)).extracting(RecommendationLine::getVarenummer).containsExactly(HYRIMOZ, AMGEVITA);
        assertThat(draft.firstChoiceFor(RA)).map(RecommendationLine::getVarenummer).contains(HYRIMOZ);
    }

    @Test
    void theSameDrugAppearsOncePerIndicationButMayServeAnother() {
        Recommendation draft = draft();
        draft.addLine(line(CROHN, 2, HYRIMOZ, "Hyrimoz", "8390.00"));

        assertThatThrownBy(() -> draft.addLine(line("revmatoid artritt", 3, HYRIMOZ, "Hyrimoz", "8390.00")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("varenummer", "recommendation.line.duplicate", HYRIMOZ, "revmatoid artritt")));
    }

    @Test
    void rerankingMovesADrugWithinItsIndication() {
        Recommendation draft = draft();
        draft.rerank(RA, AMGEVITA, 1);
        draft.rerank(RA, HYRIMOZ, 2);

        assertThat(draft.firstChoiceFor(RA)).map(RecommendationLine::getVarenummer).contains(AMGEVITA);
        assertThat(draft.line(RA, HYRIMOZ).getComment()).isEqualTo("For nye pasienter");
    }

    @Test
    void removingALineThatIsNotThereIsRefusedNamingIt() {
        Recommendation draft = draft();

        assertThatThrownBy(() -> draft.removeLine(CROHN, AMGEVITA))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.line.notFound"));
        draft.removeLine(RA, AMGEVITA);
        assertThat(draft.linesFor(RA)).hasSize(1);
    }

    @Test
    void aMemberOfTheAreasGroupApprovesAndIsRecorded() {
        Recommendation draft = draft();
        draft.approve(group(AREA_ID), MEMBER, CLOCK);

        assertThat(draft.getStatus()).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(draft.getApprovedBy()).isEqualTo(MEMBER);
        assertThat(draft.getApprovedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyAMemberOfThisAreasGroupMayApprove() {
        assertThatThrownBy(() -> draft().approve(group(AREA_ID), "ola.outsider", CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.approve.notMember"));
        assertThatThrownBy(() -> draft().approve(group(99L), MEMBER, CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.approve.otherArea"));
    }

    @Test
    void anIndicationWithoutAFirstChoiceCannotBeApproved() {
        Recommendation draft = draft();
        draft.rerank(CROHN, BENEPALI, 2);

        assertThatThrownBy(() -> draft.approve(group(AREA_ID), MEMBER, CLOCK))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation(null, "recommendation.noFirstChoice", CROHN)));
    }

    @Test
    void anEmptyRecommendationCannotBeApproved() {
        Recommendation empty = Recommendation.draft(AREA_ID, FROM, TO, BUYER, CLOCK);

        assertThatThrownBy(() -> empty.approve(group(AREA_ID), MEMBER, CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.empty"));
    }

    @Test
    void linesAreEditableOnlyInDraft() {
        Recommendation approved = draft();
        approved.approve(group(AREA_ID), MEMBER, CLOCK);

        assertThatThrownBy(() -> approved.addLine(line(CROHN, 2, AMGEVITA, "Amgevita", "1.00")))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.notDraft"));
        assertThatThrownBy(() -> approved.removeLine(RA, AMGEVITA))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.notDraft"));
        assertThatThrownBy(() -> approved.changeValidity(FROM, TO.plusYears(1)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.notDraft"));
    }

    @Test
    void reopeningAnApprovedVersionClearsTheApproval() {
        Recommendation approved = draft();
        approved.approve(group(AREA_ID), MEMBER, CLOCK);
        approved.reopen();

        assertThat(approved.isDraft()).isTrue();
        assertThat(approved.getApprovedBy()).isNull();
        approved.removeLine(RA, AMGEVITA);
    }

    @Test
    void onlyAnApprovedVersionIsPublished() {
        assertThatThrownBy(() -> draft().publish(BUYER, null, CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.publish.notApproved"));
    }

    @Test
    void aBuyerPublishesAndIsRecorded() {
        Recommendation published = publishedFirst();

        assertThat(published.getStatus()).isEqualTo(RecommendationStatus.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo(BUYER);
        assertThat(published.getPublishedAt()).isEqualTo(NOW);
        assertThat(published.isValidOn(FROM)).isTrue();
        assertThat(published.isValidOn(TO)).isTrue();
        assertThat(published.isValidOn(TO.plusDays(1))).isFalse();
    }

    @Test
    void theNextVersionCopiesTheLinesAndSaysWhy() {
        Recommendation first = publishedFirst();
        Recommendation next = first.nextVersion(ChangeReason.SUPPLIER_CANNOT_DELIVER, "  Hyrimoz restnotert ",
                LocalDate.of(2026, 9, 1), TO, BUYER, CLOCK);

        assertThat(next.getVersionNumber()).isEqualTo(2);
        assertThat(next.isDraft()).isTrue();
        assertThat(next.getTherapeuticAreaId()).isEqualTo(AREA_ID);
        assertThat(next.getLines()).isEqualTo(first.getLines());
        assertThat(next.getChangeReason()).isEqualTo(ChangeReason.SUPPLIER_CANNOT_DELIVER);
        assertThat(next.getChangeNote()).isEqualTo("Hyrimoz restnotert");
        next.removeLine(RA, HYRIMOZ);
        assertThat(first.getLines()).as("the published version is untouched").hasSize(3);
    }

    @Test
    void aNextVersionIsMadeOnlyFromTheVersionInForce() {
        assertThatThrownBy(() -> draft().nextVersion(ChangeReason.NEW_TENDER, null, FROM, TO, BUYER, CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.nextVersion.notPublished"));
        assertThatThrownBy(() -> publishedFirst().nextVersion(null, null, FROM, TO, BUYER, CLOCK))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("changeReason", "validation.required")));
    }

    @Test
    void publishingTheNextVersionSupersedesTheOldOneWhoseValidityEndsTheDayBefore() {
        Recommendation first = publishedFirst();
        Recommendation second = first.nextVersion(ChangeReason.OPTION_DECLINED, null, LocalDate.of(2026, 9, 1), TO,
                BUYER, CLOCK);
        RecommendationFixtures.published(second, first, 101L);

        assertThat(first.getStatus()).isEqualTo(RecommendationStatus.SUPERSEDED);
        assertThat(first.getSupersededAt()).isEqualTo(NOW);
        assertThat(first.getValidTo()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(first.isValidOn(LocalDate.of(2026, 8, 31))).as("still readable for its own period").isTrue();
        assertThat(first.isValidOn(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(second.isValidOn(LocalDate.of(2026, 9, 1))).isTrue();
    }

    @Test
    void theNextVersionMustStartAfterTheVersionInForceStarted() {
        Recommendation first = publishedFirst();
        Recommendation second = first.nextVersion(ChangeReason.NEW_TENDER, null, FROM, TO, BUYER, CLOCK);
        second.approve(group(AREA_ID), MEMBER, CLOCK);

        assertThatThrownBy(() -> second.publish(BUYER, first, CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.publish.startsTooEarly"));
        assertThat(first.getStatus()).isEqualTo(RecommendationStatus.PUBLISHED);
    }

    @Test
    void aStaleDraftCannotSupersedeALaterVersion() {
        Recommendation first = publishedFirst();
        Recommendation second = first.nextVersion(ChangeReason.NEW_TENDER, null, FROM.plusMonths(1), TO, BUYER, CLOCK);
        RecommendationFixtures.published(second, first, 101L);
        Recommendation third = second.nextVersion(ChangeReason.NEW_TENDER, null, FROM.plusMonths(2), TO, BUYER, CLOCK);
        RecommendationFixtures.published(third, second, 102L);
        Recommendation stale = Recommendation.draft(AREA_ID, FROM.plusMonths(3), TO, BUYER, CLOCK);
        stale.addLine(line(RA, 1, HYRIMOZ, "Hyrimoz", "1.00"));
        stale.approve(group(AREA_ID), MEMBER, CLOCK);

        assertThatThrownBy(() -> stale.publish(BUYER, third, CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("recommendation.publish.stale"));
    }

    @Test
    void aLineReportsEveryBrokenRuleUnderItsField() {
        assertThatThrownBy(() -> RecommendationLine.of(" ", 0, new RecommendedProduct("", null, null, null),
                "x".repeat(501), new LinePrices(new BigDecimal("10.001"), new BigDecimal("-1"),
                        new BigDecimal("100"), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("indication", "rank", "productName",
                                "varenummer", "supplierName", "comment", "pricePerPack", "pricePerDdd",
                                "treatmentPeriodDays"));
    }

    @Test
    void aLinePricePerTreatmentPeriodNeedsItsDays() {
        RecommendationLine line = RecommendationLine.of(RA, 1, new RecommendedProduct("Hyrimoz", HYRIMOZ, "Sandoz",
                null), null, new LinePrices(new BigDecimal("8390"), null, new BigDecimal("8516.00"), 28));

        assertThat(line.getTreatmentPeriodDays()).isEqualTo(28);
        assertThat(line.product().isOnAgreement()).isFalse();
        assertThat(line.getComment()).isNull();
    }
}
