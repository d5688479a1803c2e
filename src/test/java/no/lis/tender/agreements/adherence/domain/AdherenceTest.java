package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
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
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AREA_ID;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BENEPALI;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.RA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.TO;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.publishedFirst;
import static org.assertj.core.api.Assertions.assertThat;

class AdherenceTest {

    private static final String BERGEN = "Helse Bergen HF";
    private static final String OUS = "Oslo universitetssykehus HF";
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Map<Varenummer, BigDecimal> MAXIMUM_PRICES = Map.of(
            HYRIMOZ, new BigDecimal("10000.00"), AMGEVITA, new BigDecimal("10000.00"), BENEPALI, new BigDecimal("5000.00"));

    private static Consumption use(String trust, Varenummer varenummer, YearMonth month, String packs) {
        return new Consumption(trust, varenummer, month, new BigDecimal(packs));
    }

    /** A recommendation of {@code lines} for the area from 1 March 2026, published. */
    private static Recommendation published(RecommendationLine... lines) {
        Recommendation draft = Recommendation.draft(AREA_ID, LocalDate.of(2026, 3, 1), TO, BUYER, CLOCK);
        for (RecommendationLine line : lines) {
            draft.addLine(line);
        }
        return RecommendationFixtures.published(draft, null, 100L);
    }

    /** The report's first row when {@code uses} are judged against {@code recommendation} and the usual maximum prices. */
    private static AdherenceRow firstRow(Recommendation recommendation, Consumption... uses) {
        return Adherence.of(List.of(uses), List.of(recommendation), MAXIMUM_PRICES).rows().get(0);
    }

    @Test
    void shareOnFirstChoiceAndSavingsRealisedAndMissedPerTrustAndArea() {
        // RA: Hyrimoz 1st at 8 390,00, Amgevita 2nd at 9 100,50; Crohn's: Benepali 1st at 4 200,00; all on agreement 41.
        Adherence.AdherenceReport report = Adherence.of(List.of(
                use(BERGEN, HYRIMOZ, MARCH, "30"),
                use(BERGEN, AMGEVITA, MARCH, "10"),
                use(BERGEN, BENEPALI, MARCH, "20")), List.of(publishedFirst()), MAXIMUM_PRICES);

        assertThat(report.rows()).hasSize(1);
        AdherenceRow bergen = report.rows().get(0);
        assertThat(bergen.hospitalTrust()).isEqualTo(BERGEN);
        assertThat(bergen.therapeuticAreaId()).isEqualTo(AREA_ID);
        assertThat(bergen.packs()).isEqualByComparingTo("60");
        assertThat(bergen.firstChoicePacks()).isEqualByComparingTo("50");
        assertThat(bergen.firstChoiceShare()).isEqualTo(new BigDecimal("83.3"));
        // (10 000 - 8 390) x 30 + (10 000 - 9 100,50) x 10 + (5 000 - 4 200) x 20 = 48 300 + 8 995 + 16 000
        assertThat(bergen.realisedSavings()).isEqualTo(new BigDecimal("73295.00"));
        // per DDD (27,5862 DDDs a pack): (329,8932 - 304,1376) x 10 x 9 100,50 / 329,8932 DDDs on the 2nd choice
        assertThat(bergen.missedSavings()).isEqualTo(new BigDecimal("7104.99"));
        assertThat(report.unplaced()).isEmpty();
    }

    @Test
    void eachTrustGetsItsOwnRowInNameOrder() {
        Adherence.AdherenceReport report = Adherence.of(List.of(
                use(OUS, AMGEVITA, MARCH, "4"),
                use(BERGEN, HYRIMOZ, MARCH, "1")), List.of(publishedFirst()), MAXIMUM_PRICES);

        assertThat(report.rows()).extracting(AdherenceRow::hospitalTrust, AdherenceRow::firstChoiceShare)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BERGEN, new BigDecimal("100.0")),
                        org.assertj.core.groups.Tuple.tuple(OUS, new BigDecimal("0.0")));
    }

    @Test
    void useOfADrugNoRecommendationNamesIsUnplacedAndCountsInNoShare() {
        Consumption unknown = use(BERGEN, new Varenummer("999999"), MARCH, "5");
        Consumption beforeValidity = use(BERGEN, HYRIMOZ, YearMonth.of(2026, 2), "7");

        Adherence.AdherenceReport report = Adherence.of(List.of(unknown, beforeValidity, use(BERGEN, HYRIMOZ, MARCH, "1")),
                List.of(publishedFirst()), MAXIMUM_PRICES);

        assertThat(report.unplaced()).containsExactly(beforeValidity, unknown);
        assertThat(report.rows().get(0).packs()).isEqualByComparingTo("1");
    }

    @Test
    void eachMonthCountsOnTheVersionThatAppliedThen() {
        Recommendation first = publishedFirst();
        Recommendation second = first.nextVersion(ChangeReason.SUPPLIER_CANNOT_DELIVER, null, LocalDate.of(2026, 9, 1),
                TO, BUYER, CLOCK);
        second.rerank(RA, AMGEVITA, 1);
        second.rerank(RA, HYRIMOZ, 2);
        RecommendationFixtures.published(second, first, 101L);

        Adherence.AdherenceReport report = Adherence.of(List.of(
                use(BERGEN, AMGEVITA, YearMonth.of(2026, 8), "10"),
                use(BERGEN, AMGEVITA, YearMonth.of(2026, 9), "30")), List.of(first, second), MAXIMUM_PRICES);

        assertThat(report.rows().get(0).firstChoicePacks()).as("only September's Amgevita was 1st choice")
                .isEqualByComparingTo("30");
        assertThat(report.rows().get(0).firstChoiceShare()).isEqualTo(new BigDecimal("75.0"));
        assertThat(report.rows().get(0).missedSavings()).isEqualTo(new BigDecimal("7104.99"));
    }

    @Test
    void aSecondChoiceCheaperThanTheFirstMissesNothing() {
        Recommendation published = published(
                RecommendationFixtures.line(RA, 1, HYRIMOZ, "Hyrimoz", "8390.00"),
                RecommendationFixtures.line(RA, 2, AMGEVITA, "Amgevita", "8000.00"));

        AdherenceRow row = firstRow(published, use(BERGEN, AMGEVITA, MARCH, "10"));

        assertThat(row.missedSavings()).isEqualTo(new BigDecimal("0.00"));
        assertThat(row.realisedSavings()).isEqualTo(new BigDecimal("20000.00"));
    }

    @Test
    void aDrugOffAgreementOrWithoutAMaximumPriceRealisesNothing() {
        Recommendation published = published(
                RecommendationLine.of(RA, 1, new RecommendedProduct("Hyrimoz", HYRIMOZ, "Sandoz AS", null), null,
                        LinePrices.perPack(new BigDecimal("8390.00"))),
                RecommendationFixtures.line(RA, 2, BENEPALI, "Benepali", "4200.00"));

        AdherenceRow row = Adherence.of(List.of(use(BERGEN, HYRIMOZ, MARCH, "10"), use(BERGEN, BENEPALI, MARCH, "1")),
                List.of(published), Map.of(HYRIMOZ, new BigDecimal("10000.00"))).rows().get(0);

        assertThat(row.realisedSavings()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void packsInDecimalsCountAndSavingsRoundHalfUpToWholeOre() {
        // (10 000 - 9 100,50) x 0,333 = 299,5335 -> 299,53; missed (329,8932 - 304,1376) per DDD x 9,186205 DDDs -> 236,60
        AdherenceRow row = firstRow(publishedFirst(), use(BERGEN, AMGEVITA, MARCH, "0.333"));

        assertThat(row.realisedSavings()).isEqualTo(new BigDecimal("299.53"));
        assertThat(row.missedSavings()).isEqualTo(new BigDecimal("236.60"));
    }

    @Test
    void theShareRoundsHalfUpToOneDecimal() {
        assertThat(Adherence.share(new BigDecimal("1"), new BigDecimal("16"))).isEqualTo(new BigDecimal("6.3"));
        assertThat(Adherence.share(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo(new BigDecimal("66.7"));
        assertThat(Adherence.share(BigDecimal.ZERO, BigDecimal.ZERO)).as("no use, no share").isNull();
    }

    @Test
    void aMonthWithZeroPacksHasNoShare() {
        AdherenceRow row = firstRow(publishedFirst(), use(BERGEN, HYRIMOZ, MARCH, "0"));

        assertThat(row.firstChoiceShare()).isNull();
        assertThat(row.realisedSavings()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void draftsNeverApply() {
        Adherence.AdherenceReport report = Adherence.of(List.of(use(BERGEN, HYRIMOZ, MARCH, "1")),
                List.of(RecommendationFixtures.draft()), MAXIMUM_PRICES);

        assertThat(report.rows()).isEmpty();
        assertThat(report.unplaced()).hasSize(1);
    }

    // Issue 16 item 4: regional markets, per DDD, direct agreements

    /** RA split into the health regions: Hyrimoz 1st and Amgevita 2nd in Helse Sør-Øst, the other way round in Helse Vest. */
    private static Recommendation regional() {
        return published(
                inMarket(1, HYRIMOZ, "Hyrimoz", "8390.00", "HSO"),
                inMarket(2, AMGEVITA, "Amgevita", "9100.50", "HSO"),
                inMarket(1, AMGEVITA, "Amgevita", "9100.50", "HV"),
                inMarket(2, HYRIMOZ, "Hyrimoz", "8390.00", "HV"));
    }

    private static RecommendationLine inMarket(int rank, Varenummer varenummer, String name, String price, String market) {
        return RecommendationLine.of(RA, rank, new RecommendedProduct(name, varenummer, "Sandoz AS", 41L, null, market),
                null, LinePrices.perPackAndDdd(new BigDecimal(price),
                        RecommendationFixtures.perDdd(price, RecommendationFixtures.ADALIMUMAB_PACK_DDDS)));
    }

    @Test
    void eachTrustIsJudgedAgainstItsOwnRegionsFirstChoice() {
        Adherence.AdherenceReport report = Adherence.of(List.of(
                use(BERGEN, AMGEVITA, MARCH, "10"),
                use(OUS, AMGEVITA, MARCH, "10"),
                use(OUS, HYRIMOZ, MARCH, "30")), List.of(regional()), MAXIMUM_PRICES);

        AdherenceRow bergen = report.rows().get(0);
        AdherenceRow ous = report.rows().get(1);
        assertThat(bergen.hospitalTrust()).isEqualTo(BERGEN);
        assertThat(bergen.firstChoiceShare()).as("Amgevita is Helse Vest's first choice").isEqualTo(new BigDecimal("100.0"));
        assertThat(bergen.missedSavings()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ous.firstChoiceShare()).as("30 of 40 packs on Helse Sør-Øst's Hyrimoz").isEqualTo(new BigDecimal("75.0"));
        assertThat(ous.missedSavings()).as("Amgevita against Hyrimoz, per DDD").isEqualTo(new BigDecimal("7104.99"));
    }

    @Test
    void missedSavingsAreCountedPerDddNeverPerPack() {
        // Imraldi in a pack of half the DDDs: cheaper per pack (5 000 against 8 390), dearer per DDD (362,5001 against 304,1376)
        Varenummer imraldi = new Varenummer("456789");
        Recommendation published = published(
                RecommendationFixtures.line(RA, 1, HYRIMOZ, "Hyrimoz", "8390.00"),
                RecommendationLine.of(RA, 2, new RecommendedProduct("Imraldi", imraldi, "Biogen AS", 42L), null,
                        LinePrices.perPackAndDdd(new BigDecimal("5000.00"),
                                RecommendationFixtures.perDdd("5000.00", new BigDecimal("13.7931")))));

        AdherenceRow row = firstRow(published, use(BERGEN, imraldi, MARCH, "10"));

        // 10 packs x 5 000 / 362,5001 = 137,930996 DDDs x (362,5001 - 304,1376) = 8 050,00
        assertThat(row.missedSavings()).isEqualTo(new BigDecimal("8050.00"));
    }

    @Test
    void aDrugUnderADirectAgreementCountsAsBoughtOnAgreement() {
        Recommendation published = published(
                RecommendationLine.of(RA, 1, new RecommendedProduct("Hyrimoz", HYRIMOZ, "Sandoz AS", null, 7L, null),
                        null, LinePrices.perPack(new BigDecimal("8390.00"))));

        AdherenceRow row = firstRow(published, use(BERGEN, HYRIMOZ, MARCH, "10"));

        assertThat(row.firstChoiceShare()).isEqualTo(new BigDecimal("100.0"));
        // (10 000 - 8 390) x 10 under direct agreement 7
        assertThat(row.realisedSavings()).isEqualTo(new BigDecimal("16100.00"));
    }

    @Test
    void everyKnownTrustBelongsToAHealthRegionWhoseCodeIsThatOfItsMarket() {
        assertThat(no.lis.tender.catalogue.domain.HospitalTrust.all()).allSatisfy(trust ->
                assertThat(trust.region()).as(trust.name()).isPresent());
        assertThat(RecommendedUse.marketsOf(BERGEN)).containsExactly("HV", "NO", "NORDIC");
        assertThat(RecommendedUse.marketsOf(OUS)).containsExactly("HSO", "NO", "NORDIC");
        assertThat(java.util.Arrays.stream(no.lis.tender.catalogue.domain.HealthRegion.values())
                .map(no.lis.tender.catalogue.domain.HealthRegion::code)).as("the markets of a lot split into the regions")
                .containsExactlyElementsOf(no.lis.tender.tendering.domain.MarketSplit.HEALTH_REGIONS.markets().stream()
                        .map(no.lis.tender.tendering.domain.Market::getCode).toList());
    }

    /** Issue 16 item 5: use told per department and indication is judged against that indication's first choice. */
    @Test
    void useImportedPerDepartmentAndIndicationIsShownAtThatLevelAgainstTheIndicationsFirstChoice() {
        Recommendation version = RecommendationFixtures.draft();
        version.addLine(RecommendationFixtures.line("Uveitt", 1, AMGEVITA, "Amgevita", "9100.50"));
        RecommendationFixtures.published(version, null, 100L);
        List<Consumption> used = List.of(
                new Consumption(BERGEN, AMGEVITA, MARCH, new BigDecimal("10"), "Revmatologisk avdeling", RA),
                new Consumption(BERGEN, AMGEVITA, MARCH, new BigDecimal("4"), "Øyeavdelingen", "Uveitt"),
                use(OUS, AMGEVITA, MARCH, "4"));

        List<Adherence.DepartmentRow> rows = Adherence.byDepartment(used, List.of(version), MAXIMUM_PRICES);

        assertThat(rows).as("the trust told without departments has no row here")
                .extracting(Adherence.DepartmentRow::department).containsExactly("Revmatologisk avdeling", "Øyeavdelingen");
        assertThat(rows.get(0).row().firstChoiceShare()).as("Amgevita is 2nd choice for RA").isEqualTo(new BigDecimal("0.0"));
        // (9 100,50 - 8 390) x 10 packs that should have been Hyrimoz, counted per DDD (issue 16 item 4): 7 104,99
        assertThat(rows.get(0).row().missedSavings()).isEqualTo(new BigDecimal("7104.99"));
        assertThat(rows.get(1).row().firstChoiceShare()).as("and 1st for uveitis").isEqualTo(new BigDecimal("100.0"));
        assertThat(Adherence.of(used, List.of(version), MAXIMUM_PRICES).rows()).extracting(AdherenceRow::firstChoiceShare)
                .as("the trusts' shares count the indications too: Bergen 4 of 14, OUS by the best line")
                .containsExactly(new BigDecimal("28.6"), new BigDecimal("100.0"));
    }
}
