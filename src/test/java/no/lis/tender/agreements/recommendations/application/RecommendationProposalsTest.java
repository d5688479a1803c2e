package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementTerms;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementPrice;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PriceViewer;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.HYRIMOZ;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendationProposalsTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2028, 8, 31);

    private final RecommendationWorld world = new RecommendationWorld();

    private void agreement(String... varenumre) {
        List<FrameworkAgreementPrice> prices = java.util.Arrays.stream(varenumre)
                .map(v -> new FrameworkAgreementPrice(AwardFixtures.ALFA, new Varenummer(v), "Hyrimoz 40 mg penn",
                        new BigDecimal("2150.50"))).toList();
        world.agreements.save(FrameworkAgreement.conclude(AwardFixtures.issued(), 1, "NO", prices, START, END,
                List.of(), "kari", AwardFixtures.AFTER_STANDSTILL));
    }

    @Test
    void theAgreementsInForceProposeTheirProductsOfTheAreaWithAgreedPricesPerPackAndDdd() {
        agreement(HYRIMOZ, "777777");

        List<ProposedLine> proposals = world.proposals.fromAgreementsInForceOn(world.reuma.getId(), START);

        assertThat(proposals).as("a pack the catalogue does not know is left out").singleElement().satisfies(p -> {
            assertThat(p.rank()).isEqualTo(1);
            assertThat(p.product().varenummer()).isEqualTo(new Varenummer(HYRIMOZ));
            assertThat(p.product().frameworkAgreementId()).isNotNull();
            assertThat(p.prices().pricePerPack()).isEqualByComparingTo("2150.50");
            assertThat(p.prices().pricePerDdd()).as("2150.50 / 27.5862 DDDs").isEqualByComparingTo("77.9556");
            assertThat(p.toLine().getIndication()).isEqualTo(p.indication());
        });
    }

    @Test
    void aDirectAgreementValidProposesItsProductAsFirstChoiceForAllOfNorwayAtTheRebatedPrice() {
        agreement(HYRIMOZ);
        world.directs.save(DirectAgreement.conclude(new DirectAgreementTerms(new NyeMetoderId("ID2025_047"), 7L,
                "Biogen Norway AS", new Varenummer(RecommendationWorld.BENEPALI), "Benepali 50 mg penn",
                new BigDecimal("8240.00"), null, new BigDecimal("25"), START, END, DirectAwardGround.values()[0],
                "Eneste legemiddel med markedsføringstillatelse"), "kari", RecommendationWorld.CLOCK));

        List<ProposedLine> proposals = world.proposals.fromAgreementsInForceOn(world.reuma.getId(), START);

        assertThat(proposals).hasSize(2).last().satisfies(p -> {
            assertThat(p.indication()).isEqualTo("Nye metoder ID2025_047");
            assertThat(p.rank()).isEqualTo(1);
            assertThat(p.product().varenummer()).isEqualTo(new Varenummer(RecommendationWorld.BENEPALI));
            assertThat(p.product().directAgreementId()).isNotNull();
            assertThat(p.product().frameworkAgreementId()).isNull();
            assertThat(p.product().marketCode()).as("a direct agreement is for all of Norway").isNull();
            assertThat(p.prices().pricePerPack()).as("8240.00 less 25 %").isEqualByComparingTo("6180.00");
            assertThat(p.prices().pricePerDdd()).as("6180.00 / 28.5714 DDDs (200 mg / 7 mg)").isEqualByComparingTo("216.3002");
            assertThat(p.tenderReference()).isEqualTo("ID2025_047");
        });
        assertThat(world.proposals.fromAgreementsInForceOn(world.reuma.getId(), END.plusDays(1)))
                .as("neither agreement is valid after its last day").isEmpty();
    }

    @Test
    void readingTheProposalsIsRecordedAsAViewOfTheAreasPricesOfNoVersion() {
        agreement(HYRIMOZ);

        world.proposals.read(world.reuma.getId(), RecommendationWorld.reader("kari", "BUYER"), PriceViewChannel.API);

        assertThat(world.priceViews.stored).singleElement().satisfies(view -> {
            assertThat(view.getTherapeuticAreaId()).isEqualTo(world.reuma.getId());
            assertThat(view.getRecommendationId()).isNull();
            assertThat(view.getVersionNumber()).isNull();
            assertThat(view.getChannel()).isEqualTo(PriceViewChannel.API);
        });
        assertThat(PriceViewer.of(world.priceViews.stored)).singleElement()
                .satisfies(viewer -> assertThat(viewer.versionsSeen()).isEmpty());
    }

    @Test
    void theProposalsAreRefusedToReadersWithoutANeedToKnowAndForAnUnknownArea() {
        assertThat(refusal(() -> world.proposals.read(world.reuma.getId(),
                RecommendationWorld.reader("sandoz", "SUPPLIER"), PriceViewChannel.API)))
                .containsExactly(new Violation(null, "recommendation.prices.priceReadersOnly"));
        assertThat(refusal(() -> world.proposals.read(999L, RecommendationWorld.reader("kari", "BUYER"),
                PriceViewChannel.API)))
                .containsExactly(new Violation("therapeuticAreaId", "recommendation.area.notFound", 999L));
        assertThat(world.priceViews.stored).isEmpty();
    }

    @Test
    void anotherAreasProductsAndAgreementsNotYetInForceProposeNothing() {
        agreement(HYRIMOZ);

        assertThat(world.proposals.fromAgreementsInForceOn(world.onko.getId(), START)).isEmpty();
        assertThat(world.proposals.fromAgreementsInForceOn(world.reuma.getId(), START.minusDays(1))).isEmpty();
    }
}
