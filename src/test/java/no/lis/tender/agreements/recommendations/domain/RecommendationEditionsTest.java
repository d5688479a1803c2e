package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AMGEVITA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.RA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.TO;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.draft;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.publishedFirst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationEditionsTest {

    /** The types of every component of {@code type}, and of the records nested in it, all the way down. */
    private static List<Class<?>> componentTypes(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toList();
    }

    @Test
    void thePublicEditionHasNoComponentThatCanHoldAPriceOrAnAgreement() {
        for (Class<?> type : List.of(PublicRecommendation.class, PublicRecommendation.Indication.class,
                PublicRecommendation.Line.class, RecommendationChange.class)) {
            assertThat(componentTypes(type)).as(type.getSimpleName()).doesNotContain(BigDecimal.class, Double.class,
                    double.class, Float.class, float.class, PriceChange.class);
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                    .as(type.getSimpleName()).noneMatch(name -> name.toLowerCase().contains("price")
                            || name.toLowerCase().contains("agreement"));
        }
    }

    @Test
    void thePublicEditionListsTheDrugsByIndicationAndRankWithComments() {
        PublicRecommendation edition = PublicRecommendation.of(publishedFirst(), null, "Revmatologi");

        assertThat(edition.therapeuticAreaName()).isEqualTo("Revmatologi");
        assertThat(edition.versionNumber()).isEqualTo(1);
        assertThat(edition.indications()).extracting(PublicRecommendation.Indication::indication)
                .containsExactly(RA, RecommendationFixtures.CROHN);
        assertThat(edition.indications().get(0).lines()).containsExactly(
                new PublicRecommendation.Line(1, "Hyrimoz", HYRIMOZ, "Sandoz AS", "For nye pasienter"),
                new PublicRecommendation.Line(2, "Amgevita", AMGEVITA, "Sandoz AS", null));
    }

    @Test
    void thePricedEditionCarriesTheAgreedPricesAndThePriceChanges() {
        Recommendation first = publishedFirst();
        Recommendation second = first.nextVersion(ChangeReason.NEW_TENDER, null, LocalDate.of(2026, 9, 1), TO, BUYER,
                CLOCK);
        RecommendationLine old = second.line(RA, HYRIMOZ);
        second.replaceLine(RA, HYRIMOZ, RecommendationLine.of(RA, 1, old.product(), old.getComment(),
                LinePrices.perPack(new BigDecimal("7990.00"))));
        RecommendationFixtures.published(second, first, 101L);

        PricedRecommendation edition = PricedRecommendation.of(second, first, "Revmatologi");

        assertThat(edition.indications().get(0).lines().get(0).pricePerPack()).isEqualByComparingTo("7990.00");
        assertThat(edition.indications().get(0).lines().get(0).frameworkAgreementId()).isEqualTo(41L);
        assertThat(edition.priceChanges()).hasSize(1);
        assertThat(edition.changes()).isEmpty();
        assertThat(edition.changeReason()).isEqualTo(ChangeReason.NEW_TENDER);
        assertThat(PublicRecommendation.of(second, first, "Revmatologi").changes()).isEmpty();
    }

    @Test
    void aDraftHasNoEditionForReaders() {
        assertThatThrownBy(() -> PublicRecommendation.of(draft(), null, "Revmatologi"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("recommendation.notPublished"));
        assertThatThrownBy(() -> PricedRecommendation.of(draft(), null, "Revmatologi"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void thePreviousVersionMustComeBeforeTheCurrent() {
        Recommendation first = publishedFirst();

        assertThatThrownBy(() -> PublicRecommendation.of(first, first, "Revmatologi"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
