package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.BENEPALI;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.BUYER;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.FROM;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.MEMBER;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.RA;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.TO;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.line;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendationUseCasesTest {

    private final RecommendationWorld world = new RecommendationWorld();

    private Recommendation firstDraft() {
        return world.draft.startFirst(new DraftRecommendationCommand(world.reuma.getId(), FROM, TO), BUYER);
    }

    @Test
    void anAreaGetsVersionOneOnceLaterVersionsComeFromTheOneInForce() {
        Recommendation first = firstDraft();

        assertThat(first.getVersionNumber()).isEqualTo(1);
        assertThat(first.getStatus()).isEqualTo(RecommendationStatus.DRAFT);
        assertThat(refusal(this::firstDraft))
                .containsExactly(new Violation("therapeuticAreaId", "recommendation.draft.exists"));
    }

    @Test
    void aDraftForAnUnknownAreaIsRefusedUnderTheArea() {
        assertThat(refusal(() -> world.draft.startFirst(new DraftRecommendationCommand(99L, FROM, TO), BUYER)))
                .containsExactly(new Violation("therapeuticAreaId", "recommendation.area.notFound", 99L));
    }

    @Test
    void aLineTakesNameAndSupplierFromTheCatalogueAndComputesThePricePerDdd() {
        Recommendation draft = firstDraft();

        world.edit.add(draft.getId(), draft.getVersion(), line(RA, 1, HYRIMOZ, "3195.50", "For nye pasienter"));

        RecommendationLine added = draft.getLines().get(0);
        assertThat(added.getProductName()).isEqualTo("Hyrimoz");
        assertThat(added.getSupplierName()).isEqualTo("Sandoz AS");
        assertThat(added.getComment()).isEqualTo("For nye pasienter");
        assertThat(added.getPricePerDdd()).as("3195.50 / (40 mg x 2 / 2.9 mg)").isEqualByComparingTo("115.8369");
    }

    @Test
    void aProductNotInTheCatalogueIsRefusedBesideTheVarenummerWithEveryOtherBrokenRule() {
        Recommendation draft = firstDraft();

        assertThat(refusal(() -> world.edit.add(draft.getId(), draft.getVersion(),
                new RecommendationLineCommand(RA, null, "999999", null, BigDecimal.ONE, null, null, null))))
                .containsExactly(new Violation("varenummer", "recommendation.line.unknownProduct", "999999"),
                        new Violation("rank", "validation.required"));
    }

    @Test
    void anEditOfAnOutdatedVersionOfTheDraftIsRefused() {
        Recommendation draft = firstDraft();

        assertThat(refusal(() -> world.edit.add(draft.getId(), draft.getVersion() - 1,
                line(RA, 1, HYRIMOZ, "3195.50", null))))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(draft.getLines()).isEmpty();
    }

    @Test
    void theBuyerReranksCommentsAndRemovesLines() {
        Recommendation draft = firstDraft();
        world.edit.add(draft.getId(), draft.getVersion(), line(RA, 1, HYRIMOZ, "3195.50", null));
        world.edit.add(draft.getId(), draft.getVersion(), line(RA, 2, BENEPALI, "3410.00", null));

        world.edit.rerank(draft.getId(), draft.getVersion(), RA, BENEPALI, 1);
        world.edit.rerank(draft.getId(), draft.getVersion(), RA, HYRIMOZ, 2);
        world.edit.comment(draft.getId(), draft.getVersion(), RA, BENEPALI, "For nye pasienter");

        assertThat(draft.linesFor(RA)).extracting(RecommendationLine::getProductName).containsExactly("Benepali", "Hyrimoz");
        assertThat(draft.firstChoiceFor(RA).orElseThrow().getComment()).isEqualTo("For nye pasienter");
        world.edit.remove(draft.getId(), draft.getVersion(), RA, HYRIMOZ);
        assertThat(draft.getLines()).hasSize(1);
    }

    @Test
    void onlyAMemberOfTheAreasSpecialistGroupApproves() {
        Recommendation draft = firstDraft();
        world.edit.add(draft.getId(), draft.getVersion(), line(RA, 1, HYRIMOZ, "3195.50", null));

        assertThat(refusal(() -> world.approve.approve(draft.getId(), draft.getVersion(), "anne")))
                .containsExactly(new Violation(null, "recommendation.approve.notMember", "anne",
                        "Spesialistgruppe for TNF-BIO"));
        world.approve.approve(draft.getId(), draft.getVersion(), MEMBER);
        assertThat(draft.getStatus()).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(draft.getApprovedBy()).isEqualTo(MEMBER);
    }

    @Test
    void anAreaWithoutSpecialistGroupCannotHaveItsRecommendationApproved() {
        var nevro = world.areas.save(new no.lis.tender.catalogue.domain.TherapeuticArea("NEVRO", "Nevrologi"));
        Recommendation draft = world.draft.startFirst(new DraftRecommendationCommand(nevro.getId(), FROM, TO), BUYER);

        assertThat(refusal(() -> world.approve.approve(draft.getId(), draft.getVersion(), MEMBER)))
                .containsExactly(new Violation(null, "recommendation.approve.noGroup"));
    }

    @Test
    void publishingTheNextVersionSupersedesTheOneInForceAndEndsItsValidityTheDayBefore() {
        Recommendation first = world.publishedFirst();
        LocalDate start = LocalDate.of(2026, 9, 1);

        Recommendation second = world.draft.startNext(new NextRecommendationVersionCommand(first.getId(),
                ChangeReason.SUPPLIER_CANNOT_DELIVER, "Sandoz kan ikke levere", start, TO), BUYER);
        world.edit.rerank(second.getId(), second.getVersion(), RA, BENEPALI, 1);
        world.edit.remove(second.getId(), second.getVersion(), RA, HYRIMOZ);
        world.approve.approve(second.getId(), second.getVersion(), MEMBER);
        world.publish.publish(second.getId(), second.getVersion(), BUYER);

        assertThat(second.getVersionNumber()).isEqualTo(2);
        assertThat(second.getStatus()).isEqualTo(RecommendationStatus.PUBLISHED);
        assertThat(second.getChangeReason()).isEqualTo(ChangeReason.SUPPLIER_CANNOT_DELIVER);
        assertThat(first.getStatus()).isEqualTo(RecommendationStatus.SUPERSEDED);
        assertThat(first.getValidTo()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void aSecondNextVersionWhileOneIsBeingPreparedIsRefused() {
        Recommendation first = world.publishedFirst();
        NextRecommendationVersionCommand next = new NextRecommendationVersionCommand(first.getId(),
                ChangeReason.NEW_TENDER, null, LocalDate.of(2026, 9, 1), TO);
        world.draft.startNext(next, BUYER);

        assertThat(refusal(() -> world.draft.startNext(next, BUYER)))
                .containsExactly(new Violation(null, "recommendation.draft.pending", 2));
    }

    @Test
    void aDraftCannotBePublishedBeforeTheSpecialistGroupApprovesIt() {
        Recommendation draft = firstDraft();
        world.edit.add(draft.getId(), draft.getVersion(), line(RA, 1, HYRIMOZ, "3195.50", null));

        assertThat(refusal(() -> world.publish.publish(draft.getId(), draft.getVersion(), BUYER)))
                .containsExactly(new Violation(null, "recommendation.publish.notApproved", RecommendationStatus.DRAFT));
    }
}
