package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationFixtures;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.TO;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.assignId;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.publishedFirst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Substance substance(long id, String atc, String name, LocalDate patentExpiry) {
        Substance substance = new Substance(new AtcCode(atc), name);
        substance.changePatentExpiry(patentExpiry);
        assignId(substance, id);
        return substance;
    }

    private static TherapeuticArea area(long id, String code) {
        TherapeuticArea area = new TherapeuticArea(code, code);
        assignId(area, id);
        return area;
    }

    @Test
    void aHorizonOfMonthsIncludesBothEnds() {
        Horizon year = Horizon.monthsFrom(TODAY, 12);

        assertThat(year.until()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(year.contains(TODAY)).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 3, 2))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 3, 3))).isFalse();
        assertThat(year.contains(null)).isFalse();
        assertThat(year.hasPassed(TODAY.minusDays(1))).isTrue();
        assertThatThrownBy(() -> Horizon.monthsFrom(TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void substancesWhosePatentExpiresWithinTheHorizonAreListedSoonestFirst() {
        List<Substance> substances = List.of(
                substance(1, "L04AB04", "adalimumab", LocalDate.of(2026, 12, 1)),
                substance(2, "L04AC07", "tocilizumab", LocalDate.of(2026, 6, 15)),
                substance(3, "L04AB01", "etanercept", LocalDate.of(2027, 6, 1)),
                substance(4, "L04AA24", "abatacept", null),
                substance(5, "L04AC05", "ustekinumab", LocalDate.of(2026, 1, 1)));

        List<PatentExpiry> expiring = FollowUp.patentsExpiringWithin(substances, Horizon.monthsFrom(TODAY, 12));

        assertThat(expiring).extracting(PatentExpiry::substanceName).containsExactly("tocilizumab", "adalimumab");
        assertThat(expiring.get(0).atcCode()).isEqualTo(new AtcCode("L04AC07"));
        assertThat(expiring.get(0).substanceId()).isEqualTo(2L);
    }

    @Test
    void areasWithoutARecommendationValidOnTheDayAreListed() {
        TherapeuticArea rheumatology = area(RecommendationFixtures.AREA_ID, "REUMA");
        TherapeuticArea oncology = area(9L, "ONKO");
        List<Recommendation> recommendations = List.of(publishedFirst(), RecommendationFixtures.draft());
        List<TherapeuticArea> areas = List.of(rheumatology, oncology);

        assertThat(FollowUp.areasWithoutValidRecommendation(areas, recommendations, TODAY)).containsExactly(oncology);
        assertThat(FollowUp.areasWithoutValidRecommendation(areas, recommendations, TO.plusDays(1)))
                .as("after its validity").containsExactly(rheumatology, oncology);
        assertThat(FollowUp.areasWithoutValidRecommendation(areas, List.of(RecommendationFixtures.draft()), TODAY))
                .as("a draft is not valid").containsExactly(rheumatology, oncology);
    }

    @Test
    void recommendationsInForceEndingWithinTheHorizonAreListed() {
        Recommendation first = publishedFirst();

        assertThat(FollowUp.recommendationsEndingWithin(List.of(first), Horizon.monthsFrom(TODAY, 6))).isEmpty();
        assertThat(FollowUp.recommendationsEndingWithin(List.of(first), Horizon.monthsFrom(TO.minusMonths(6), 6)))
                .containsExactly(first);
        Recommendation second = first.nextVersion(ChangeReason.NEW_TENDER, null, TODAY.plusMonths(1), TO, BUYER, CLOCK);
        RecommendationFixtures.published(second, first, 101L);
        assertThat(FollowUp.recommendationsEndingWithin(List.of(first, second), Horizon.monthsFrom(TODAY, 6)))
                .as("a superseded version is no longer followed up").isEmpty();
    }
}
