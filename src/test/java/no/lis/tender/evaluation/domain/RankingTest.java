package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static no.lis.tender.tendering.domain.CriterionType.ENVIRONMENT;
import static no.lis.tender.tendering.domain.CriterionType.PRICE;
import static no.lis.tender.tendering.domain.CriterionType.QUALITY;
import static no.lis.tender.tendering.domain.CriterionType.SUPPLY_SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

class RankingTest {

    /** Phases 5 and 6: price 30, quality 10, environment 30, supply security 30. */
    private static final List<AwardCriterion> CRITERIA = List.of(
            AwardCriterion.price(30, PriceFormula.LOWEST_PRICE_RATIO, 100),
            AwardCriterion.scored(QUALITY, 10, List.of()),
            AwardCriterion.scored(ENVIRONMENT, 30, List.of()),
            AwardCriterion.scored(SUPPLY_SECURITY, 30, List.of()));

    private static final Instant NOON = Instant.parse("2026-03-01T11:00:00Z");

    @Test
    void eachCriterionCountsByItsWeightAndTotalsRunFromZeroToHundred() {
        Ranking ranking = Ranking.of(CRITERIA, List.of(
                offer(1, "300.0000", NOON, "1", "0.5", "0.8", "0.6"),
                offer(2, "333.3333", NOON, "0.9", "1", "1", "0.4"),
                offer(3, "375.0000", NOON, "0.8", "0", "1", "1")));

        assertThat(ranking.offers()).extracting(RankedOffer::rank, RankedOffer::offerId, RankedOffer::total)
                .containsExactly(
                        tuple(1, 3L, new BigDecimal("84.0000")),
                        tuple(2, 2L, new BigDecimal("79.0000")),
                        tuple(3, 1L, new BigDecimal("77.0000")));
        assertThat(ranking.offers().get(2).byCriterion()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PRICE, new BigDecimal("30.0000"), QUALITY, new BigDecimal("5.0000"),
                ENVIRONMENT, new BigDecimal("24.0000"), SUPPLY_SECURITY, new BigDecimal("18.0000")));
    }

    @Test
    void eachPartIsRoundedHalfUpToFourDecimalsAndTheTotalIsTheirSum() {
        RankedOffer only = Ranking.of(CRITERIA, List.of(
                offer(1, "300.0000", NOON, "0.33333", "0.123456", "1", "0"))).offers().get(0);

        assertThat(only.byCriterion()).containsEntry(PRICE, new BigDecimal("9.9999"))
                .containsEntry(QUALITY, new BigDecimal("1.2346"));
        assertThat(only.total()).isEqualTo(new BigDecimal("41.2345"));
    }

    @Test
    void equalTotalsAreBrokenByTheLowerNormalisedPriceFirst() {
        Ranking ranking = Ranking.of(CRITERIA, List.of(
                offer(1, "310.0000", NOON.minusSeconds(3600), "1", "1", "1", "1"),
                offer(2, "300.0000", NOON, "1", "1", "1", "1")));

        assertThat(ranking.offers()).extracting(RankedOffer::offerId).containsExactly(2L, 1L);
    }

    @Test
    void equalTotalsAndPricesAreBrokenByTheEarlierTimeOfReceipt() {
        Ranking ranking = Ranking.of(CRITERIA, List.of(
                offer(1, "300.0000", NOON, "1", "1", "1", "1"),
                offer(2, "300.00", NOON.minusSeconds(1), "1", "1", "1", "1")));

        assertThat(ranking.offers()).extracting(RankedOffer::offerId).containsExactly(2L, 1L);
    }

    @Test
    void everyOfferGetsItsOwnPlaceWhateverOrderTheOffersCameIn() {
        List<ScoredOffer> offers = new ArrayList<>(List.of(
                offer(5, "300.0000", NOON, "1", "1", "1", "1"),
                offer(4, "300.0000", NOON, "1", "1", "1", "1"),
                offer(3, "300.0000", NOON.plusSeconds(1), "1", "1", "1", "1"),
                offer(2, "301.0000", NOON, "1", "1", "1", "1"),
                offer(1, "300.0000", NOON, "0.5", "1", "1", "1")));
        List<RankedOffer> first = Ranking.of(CRITERIA, offers).offers();

        Collections.shuffle(offers, new Random(7));

        assertThat(Ranking.of(CRITERIA, offers).offers()).isEqualTo(first);
        assertThat(first).extracting(RankedOffer::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(first).extracting(RankedOffer::offerId).containsExactly(4L, 5L, 3L, 2L, 1L);
    }

    @Test
    void anOfferWithoutAScoreForACriterionCannotBeRanked() {
        ScoredOffer unscored = new ScoredOffer(1, "Leverandør AS", new BigDecimal("300.0000"), NOON,
                Map.of(PRICE, BigDecimal.ONE));

        assertThatIllegalArgumentException().isThrownBy(() -> Ranking.of(CRITERIA, List.of(unscored)))
                .withMessageContaining("QUALITY");
    }

    @Test
    void aScoreFractionOutsideZeroToOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> offer(1, "300", NOON, "1.01", "1", "1", "1"));
    }

    private static ScoredOffer offer(long id, String price, Instant receivedAt, String priceFraction,
                                     String quality, String environment, String supplySecurity) {
        Map<CriterionType, BigDecimal> fractions = Map.of(PRICE, new BigDecimal(priceFraction),
                QUALITY, new BigDecimal(quality), ENVIRONMENT, new BigDecimal(environment),
                SUPPLY_SECURITY, new BigDecimal(supplySecurity));
        return new ScoredOffer(id, "Leverandør " + id + " AS", new BigDecimal(price), receivedAt, fractions);
    }
}
