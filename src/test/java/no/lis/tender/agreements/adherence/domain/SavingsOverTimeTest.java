package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.LinePrices;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationFixtures;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendedProduct;
import no.lis.tender.catalogue.domain.Varenummer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AMGEVITA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BENEPALI;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.RA;
import static org.assertj.core.api.Assertions.assertThat;

class SavingsOverTimeTest {

    private static final String BERGEN = "Helse Bergen HF";
    private static final Varenummer INSULIN = new Varenummer("456789");
    private static final Map<Varenummer, BigDecimal> MAXIMUM_PRICES = Map.of(HYRIMOZ, new BigDecimal("10000.00"),
            AMGEVITA, new BigDecimal("9500.00"), BENEPALI, new BigDecimal("5000.00"), INSULIN, new BigDecimal("300.00"));

    /** Rheumatology (area 7): Hyrimoz on agreement 41, Amgevita on 42, Benepali off agreement. Diabetes (area 8): insulin on 43. */
    private static List<Recommendation> recommendations() {
        Recommendation rheumatology = Recommendation.draft(7L, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                BUYER, CLOCK);
        rheumatology.addLine(line(RA, 1, HYRIMOZ, "8390.00", 41L));
        rheumatology.addLine(line(RA, 2, AMGEVITA, "9100.50", 42L));
        rheumatology.addLine(line(RA, 3, BENEPALI, "4200.00", null));
        RecommendationFixtures.published(rheumatology, null, 100L);
        Recommendation diabetes = Recommendation.draft(8L, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                BUYER, CLOCK);
        diabetes.addLine(line("Diabetes type 1", 1, INSULIN, "250.00", 43L));
        diabetes.approve(RecommendationFixtures.group(8L), RecommendationFixtures.MEMBER, CLOCK);
        diabetes.publish(BUYER, null, CLOCK);
        return List.of(rheumatology, diabetes);
    }

    private static RecommendationLine line(String indication, int rank, Varenummer varenummer, String price,
                                           Long agreement) {
        return RecommendationLine.of(indication, rank, new RecommendedProduct("Drug " + varenummer, varenummer,
                "Supplier AS", agreement), null, LinePrices.perPack(new BigDecimal(price)));
    }

    private static Consumption use(Varenummer varenummer, int year, int month, String packs) {
        return new Consumption(BERGEN, varenummer, YearMonth.of(year, month), new BigDecimal(packs));
    }

    private final SavingsOverTime savings = SavingsOverTime.of(List.of(
            use(HYRIMOZ, 2026, 3, "10"),     // (10 000 - 8 390) x 10 = 16 100
            use(HYRIMOZ, 2026, 4, "5"),      // (10 000 - 8 390) x 5 = 8 050
            use(AMGEVITA, 2026, 4, "2"),     // (9 500 - 9 100,50) x 2 = 799
            use(BENEPALI, 2026, 4, "100"),   // off agreement: nothing
            use(INSULIN, 2026, 4, "40"),     // (300 - 250) x 40 = 2 000
            use(HYRIMOZ, 2027, 1, "1")),     // 1 610
            recommendations(), MAXIMUM_PRICES);

    @Test
    void savingsPerAgreementAreMaximumMinusAgreedPriceTimesPacks() {
        assertThat(savings.perAgreement()).containsExactly(
                Map.entry(41L, new BigDecimal("25760.00")),
                Map.entry(42L, new BigDecimal("799.00")),
                Map.entry(43L, new BigDecimal("2000.00")));
    }

    @Test
    void theTotalIsTheSumOverAgreementsAndLeavesOutDrugsOffAgreement() {
        assertThat(savings.total()).isEqualTo(new BigDecimal("28559.00"));
    }

    @Test
    void perMonthTheSavingsAreGroupedByTherapeuticArea() {
        assertThat(savings.series(Granularity.MONTH)).containsExactly(
                new SavingsPoint(YearMonth.of(2026, 3), "2026-03", 7L, new BigDecimal("16100.00")),
                new SavingsPoint(YearMonth.of(2026, 4), "2026-04", 7L, new BigDecimal("8849.00")),
                new SavingsPoint(YearMonth.of(2026, 4), "2026-04", 8L, new BigDecimal("2000.00")),
                new SavingsPoint(YearMonth.of(2027, 1), "2027-01", 7L, new BigDecimal("1610.00")));
    }

    @Test
    void perYearTheMonthsAddUp() {
        assertThat(savings.series(Granularity.YEAR)).containsExactly(
                new SavingsPoint(YearMonth.of(2026, 1), "2026", 7L, new BigDecimal("24949.00")),
                new SavingsPoint(YearMonth.of(2026, 1), "2026", 8L, new BigDecimal("2000.00")),
                new SavingsPoint(YearMonth.of(2027, 1), "2027", 7L, new BigDecimal("1610.00")));
    }

    @Test
    void aPriceAboveTheMaximumSavesANegativeAmount() {
        SavingsOverTime above = SavingsOverTime.of(List.of(use(HYRIMOZ, 2026, 3, "2")), recommendations(),
                Map.of(HYRIMOZ, new BigDecimal("8000.00")));

        assertThat(above.total()).isEqualTo(new BigDecimal("-780.00"));
    }

    @Test
    void noConsumptionSavesNothing() {
        SavingsOverTime none = SavingsOverTime.of(List.of(), recommendations(), MAXIMUM_PRICES);

        assertThat(none.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(none.perAgreement()).isEmpty();
        assertThat(none.series(Granularity.MONTH)).isEmpty();
    }

    @Test
    void savingsPerDirectAgreementAreReadPerDddUsedNeverPerPack() {
        Recommendation direct = Recommendation.draft(9L, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                BUYER, CLOCK);
        direct.addLine(RecommendationLine.of("Nye metoder ID2025_047", 1, new RecommendedProduct("Benepali", BENEPALI,
                "Biogen AS", null, 9L, null), null, LinePrices.perPackAndDdd(new BigDecimal("4200.00"),
                new BigDecimal("150.0000"))));
        direct.addLine(RecommendationLine.of("Nye metoder ID2025_050", 1, new RecommendedProduct("Insulin", INSULIN,
                "Novo AS", null, 10L, null), null, LinePrices.perPack(new BigDecimal("250.00"))));
        direct.approve(RecommendationFixtures.group(9L), RecommendationFixtures.MEMBER, CLOCK);
        direct.publish(BUYER, null, CLOCK);

        SavingsOverTime savings = SavingsOverTime.of(List.of(use(BENEPALI, 2026, 4, "60"), use(BENEPALI, 2026, 5, "40"),
                use(INSULIN, 2026, 4, "10")), List.of(direct), MAXIMUM_PRICES);

        assertThat(savings.perAgreement()).as("no framework agreement").isEmpty();
        assertThat(savings.perDirectAgreementAndDdd()).containsOnlyKeys(9L, 10L);
        DddSavings benepali = savings.perDirectAgreementAndDdd().get(9L);
        assertThat(benepali.savings()).as("(5 000 - 4 200) x 100 packs").isEqualByComparingTo("80000.00");
        assertThat(benepali.ddds()).as("100 packs of 4 200 / 150 = 28 DDDs").isEqualByComparingTo("2800");
        assertThat(benepali.perDdd()).as("80 000 / 2 800 DDDs").isEqualByComparingTo("28.5714");
        DddSavings insulin = savings.perDirectAgreementAndDdd().get(10L);
        assertThat(insulin.savings()).isEqualByComparingTo("500.00");
        assertThat(insulin.perDdd()).as("a line without a price per DDD has no DDDs to read it by").isNull();
    }
}
