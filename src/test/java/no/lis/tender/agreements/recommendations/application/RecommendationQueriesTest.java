package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.ChangeKind;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewer;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationChange;
import no.lis.tender.agreements.recommendations.domain.Watermark;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.BENEPALI;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.BUYER;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.FROM;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.MEMBER;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.NOW;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.RA;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.TO;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.line;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.reader;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendationQueriesTest {

    private final RecommendationWorld world = new RecommendationWorld();

    private Recommendation publishedSecond(Recommendation first) {
        Recommendation second = world.draft.startNext(new NextRecommendationVersionCommand(first.getId(),
                ChangeReason.SUPPLIER_CANNOT_DELIVER, null, LocalDate.of(2026, 9, 1), TO), BUYER);
        world.edit.rerank(second.getId(), second.getVersion(), RA, BENEPALI, 1);
        world.edit.remove(second.getId(), second.getVersion(), RA, HYRIMOZ);
        world.approve.approve(second.getId(), second.getVersion(), MEMBER);
        world.publish.publish(second.getId(), second.getVersion(), BUYER);
        return second;
    }

    @Test
    void aReaderWithoutAPriceRoleGetsNoPricedEditionAndNothingIsRecorded() {
        Long id = world.publishedFirst().getId();

        for (PriceReader refused : List.of(reader("sandoz", "SUPPLIER"), reader("ingrid", "SPECIALIST"),
                PriceReader.of(null, null, java.util.Set.of("PRICE_VIEWER")))) {
            assertThat(refusal(() -> world.queries.pricedEdition(id, refused, PriceViewChannel.API)))
                    .containsExactly(new Violation(null, "recommendation.prices.priceReadersOnly"));
            assertThat(refusal(() -> world.queries.pricedPdf(id, refused)))
                    .containsExactly(new Violation(null, "recommendation.prices.priceReadersOnly"));
        }
        assertThat(world.priceViews.stored).isEmpty();
        assertThat(world.watermarks).isEmpty();
    }

    @Test
    void everyViewOfThePricedEditionIsRecordedWithWhoWhenWhichVersionAndHow() {
        Recommendation first = world.publishedFirst();

        PricedRecommendation edition = world.queries.pricedEdition(first.getId(), reader("hanne", "PRICE_VIEWER"),
                PriceViewChannel.PAGE);

        assertThat(edition.indications().get(0).lines().get(0).pricePerPack()).isEqualByComparingTo("3195.50");
        PriceViewRecord view = world.priceViews.stored.get(0);
        assertThat(view.getUsername()).isEqualTo("hanne");
        assertThat(view.getFullName()).isEqualTo("hanne full name");
        assertThat(view.getVersionNumber()).isEqualTo(1);
        assertThat(view.getChannel()).isEqualTo(PriceViewChannel.PAGE);
        assertThat(view.getViewedAt()).isEqualTo(NOW);
    }

    @Test
    void thePricedPdfIsWatermarkedWithTheReaderAndTheTimeOfTheRecordedDownload() {
        Recommendation first = world.publishedFirst();

        RecommendationPdf pdf = world.queries.pricedPdf(first.getId(), reader("per", "BUYER"));

        assertThat(world.watermarks).containsExactly(new Watermark("per full name", NOW));
        assertThat(world.priceViews.stored).singleElement()
                .satisfies(view -> assertThat(view.getChannel()).isEqualTo(PriceViewChannel.PDF));
        assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).isEqualTo("priced 1 for per full name");
        assertThat(pdf.fileName()).contains("med priser").contains("Revmatologi").endsWith(".pdf");
    }

    @Test
    void everyReadOfTheWorkingCopyIsRecordedAsAViewOfThatVersionsPrices() {
        Recommendation first = world.publishedFirst();
        Recommendation draft = world.draft.startNext(new NextRecommendationVersionCommand(first.getId(),
                ChangeReason.NEW_TENDER, null, LocalDate.of(2026, 9, 1), TO), BUYER);

        BuyerRecommendation copy = world.queries.workingCopy(draft.getId(), reader("kari", "BUYER"),
                PriceViewChannel.PAGE);

        assertThat(copy.indications().get(0).lines().get(0).pricePerPack()).isNotNull();
        assertThat(world.priceViews.stored).singleElement().satisfies(view -> {
            assertThat(view.getUsername()).isEqualTo("kari");
            assertThat(view.getRecommendationId()).isEqualTo(draft.getId());
            assertThat(view.getVersionNumber()).isEqualTo(2);
            assertThat(view.getChannel()).isEqualTo(PriceViewChannel.PAGE);
        });
        assertThat(world.queries.priceViewers(draft.getId())).extracting(PriceViewer::username).containsExactly("kari");
        assertThat(refusal(() -> world.queries.workingCopy(draft.getId(), reader("ingrid", "SPECIALIST"),
                PriceViewChannel.API))).containsExactly(new Violation(null, "recommendation.prices.priceReadersOnly"));
        assertThat(world.priceViews.stored).hasSize(1);
    }

    @Test
    void theBuyerSeesWhoHasSeenPricesOfAnyVersionOfTheArea() {
        Recommendation first = world.publishedFirst();
        world.queries.pricedEdition(first.getId(), reader("hanne", "PRICE_VIEWER"), PriceViewChannel.PAGE);
        Recommendation second = publishedSecond(first);
        world.queries.pricedPdf(second.getId(), reader("hanne", "PRICE_VIEWER"));
        world.queries.pricedEdition(second.getId(), reader("admin", "ADMIN"), PriceViewChannel.API);

        List<PriceViewer> viewers = world.queries.priceViewers(second.getId());

        assertThat(viewers).extracting(PriceViewer::username).containsExactlyInAnyOrder("hanne", "admin");
        PriceViewer hanne = viewers.stream().filter(v -> v.username().equals("hanne")).findFirst().orElseThrow();
        assertThat(hanne.views()).isEqualTo(2);
        assertThat(hanne.versionsSeen()).containsExactlyInAnyOrder(1, 2);
        assertThat(hanne.channels()).containsExactlyInAnyOrder(PriceViewChannel.PAGE, PriceViewChannel.PDF);
    }

    @Test
    void aDraftIsNotPublicInEitherEdition() {
        Recommendation draft = world.draft.startFirst(new DraftRecommendationCommand(world.reuma.getId(), FROM, TO),
                BUYER);

        assertThat(refusal(() -> world.queries.publicEdition(draft.getId())))
                .containsExactly(new Violation(null, "recommendation.notFound", draft.getId()));
        assertThat(refusal(() -> world.queries.pricedEdition(draft.getId(), reader("hanne", "PRICE_VIEWER"),
                PriceViewChannel.API))).containsExactly(new Violation(null, "recommendation.notFound", draft.getId()));
        assertThat(world.queries.inForce()).isEmpty();
    }

    @Test
    void thePublicEditionShowsWhatChangedAndEveryVersionStaysReadableWithItsValidity() {
        Recommendation first = world.publishedFirst();
        Recommendation second = publishedSecond(first);

        PublicRecommendation current = world.queries.publicEdition(second.getId());

        assertThat(current.changes()).extracting(RecommendationChange::kind, RecommendationChange::productName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "Benepali"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Hyrimoz"));
        assertThat(world.queries.publishedVersions(second.getId()))
                .extracting(RecommendationSummary::versionNumber, RecommendationSummary::validTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, TO),
                        org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2026, 8, 31)));
        assertThat(world.queries.publicEdition(first.getId()).indications().get(0).lines()).hasSize(2);
        assertThat(world.queries.inForce()).extracting(RecommendationSummary::recommendationId)
                .containsExactly(second.getId());
    }

    @Test
    void theSpecialistGroupReadsItsAreasDraftsWithoutPrices() {
        Recommendation draft = world.draft.startFirst(new DraftRecommendationCommand(world.reuma.getId(), FROM, TO),
                BUYER);
        world.edit.add(draft.getId(), draft.getVersion(), line(RA, 1, HYRIMOZ, "3195.50", "For nye pasienter"));

        List<DraftForApproval> forIngrid = world.queries.awaitingApproval(MEMBER);

        assertThat(forIngrid).singleElement().satisfies(d -> {
            assertThat(d.recommendationId()).isEqualTo(draft.getId());
            assertThat(d.indications().get(0).lines().get(0).productName()).isEqualTo("Hyrimoz");
            assertThat(d.toString()).doesNotContain("3195");
        });
        assertThat(world.queries.awaitingApproval("anne")).as("another area's group").isEmpty();
    }
}
