package no.lis.tender.agreements.adherence.application;

import no.lis.tender.agreements.adherence.application.AdherenceOverview.Row;
import no.lis.tender.agreements.adherence.application.AdherenceOverview.UnplacedUse;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AgreementDue;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AgreementSavings;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaRef;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaSavings;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.OptionDue;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.PatentDue;
import no.lis.tender.agreements.adherence.domain.Consumption;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.AgreementsWorld;
import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementTerms;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.agreements.recommendations.domain.LinePrices;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendedProduct;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementPrice;
import no.lis.tender.agreements.framework.domain.InMemorySupplyRepository;
import no.lis.tender.agreements.framework.domain.StockReport;
import no.lis.tender.agreements.recommendations.domain.RecommendationFixtures;
import no.lis.tender.catalogue.application.InMemoryProductRepository;
import no.lis.tender.catalogue.application.InMemorySubstanceRepository;
import no.lis.tender.catalogue.application.InMemoryTherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.agreements.adherence.domain.AgreedSubstances;
import no.lis.tender.tendering.application.InMemoryTenderRepository;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AMGEVITA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AREA_ID;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.assignId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The buyers' follow-up over in-memory repositories: one agreement (tender 1, phase 3, adalimumab)
 * from 15.04.2026 to 31.12.2026 with a 12-month option to decide by 30.06.2026, version 1 of the
 * rheumatology recommendation (Hyrimoz 1st at 8 390.00, Amgevita 2nd at 9 100.50 for RA, on
 * agreement 41) and its consumption.
 */
class FollowUpQueriesTest {

    private static final String OUS = "Oslo universitetssykehus HF";
    private static final long ONCOLOGY_ID = 8L;

    private final InMemoryFollowUp.Agreements agreements = new InMemoryFollowUp.Agreements();
    private final InMemoryFollowUp.Recommendations recommendations = new InMemoryFollowUp.Recommendations();
    private final InMemoryFollowUp.Consumption consumption = new InMemoryFollowUp.Consumption();
    private final InMemoryTherapeuticAreaRepository areas = new InMemoryTherapeuticAreaRepository();
    private final InMemorySubstanceRepository substances = new InMemorySubstanceRepository();
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryTenderRepository tenders = new InMemoryTenderRepository();
    private final InMemorySupplyRepository supply = new InMemorySupplyRepository();
    private final AgreementsWorld.Directs directs = new AgreementsWorld.Directs();

    FollowUpQueriesTest() {
        TherapeuticArea rheumatology = Examples.rheumatology();
        assignId(rheumatology, AREA_ID);
        TherapeuticArea oncology = new TherapeuticArea("ONKOLOGI", "Onkologi");
        assignId(oncology, ONCOLOGY_ID);
        areas.save(rheumatology);
        areas.save(oncology);
        recommendations.save(RecommendationFixtures.publishedFirst());
        products.save(product(HYRIMOZ, "Hyrimoz", "9000.00"));
        products.save(product(AMGEVITA, "Amgevita", "9500.00"));
        tenders.save(AwardFixtures.evaluatedTender());
        FrameworkAgreement agreement = FrameworkAgreement.conclude(AwardFixtures.issued(), 1, "NO",
                List.of(new FrameworkAgreementPrice(AwardFixtures.ALFA, HYRIMOZ, "Hyrimoz 40 mg penn",
                        new BigDecimal("8390.00"))),
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 12, 31),
                List.of(AgreementOption.of(12, LocalDate.of(2026, 6, 30))), "kari", AwardFixtures.AFTER_STANDSTILL);
        assignId(agreement, 41L);
        agreements.save(agreement);
    }

    private static Product product(Varenummer varenummer, String name, String maximumPrice) {
        return new Product(varenummer, name, Examples.adalimumab(), Examples.twoPensOf40Mg(), Examples.abbvie(),
                new BigDecimal(maximumPrice), ProductType.BIOSIMILAR);
    }

    private void used(String trust, Varenummer varenummer, YearMonth month, String packs) {
        consumption.replace(List.of(ConsumptionRecord.imported(new Consumption(trust, varenummer, month,
                new BigDecimal(packs)), "kari", RecommendationFixtures.CLOCK)));
    }

    private FollowUpQueries queriesOn(int year, int month, int day) {
        Clock clock = TenderFixtures.at(TenderFixtures.oslo(year, month, day, 12));
        return new FollowUpQueries(agreements, directs, recommendations, consumption, areas, substances, products, tenderIds -> tenderIds.stream()
                .flatMap(id -> tenders.find(id).stream()).flatMap(tender -> tender.getLots().stream()
                        .flatMap(lot -> lot.getSubstances().stream().map(atc -> new AgreedSubstances.LotSubstance(
                                tender.getId(), lot.getNumber(), atc.value(), tender.getMarketPhase()))))
                .toList(), supply, clock);
    }

    @Test
    void adherenceGivesTheShareOnFirstChoiceAndTheSavingsRealisedAndMissedPerTrustAndArea() {
        consumption.replace(List.of(
                record(OUS, HYRIMOZ, "30"), record(OUS, AMGEVITA, "10"), record(OUS, new Varenummer("999999"), "5")));

        AdherenceOverview adherence = queriesOn(2026, 5, 1).adherence("2026-03", "2026-03");

        // realised: (9000.00 - 8390.00) x 30 + (9500.00 - 9100.50) x 10; missed: (9100.50 - 8390.00) x 10
        assertThat(adherence.rows()).containsExactly(new Row(OUS, AREA_ID, "Revmatologi", new BigDecimal("40"),
                new BigDecimal("30"), new BigDecimal("75.0"), new BigDecimal("22295.00"), new BigDecimal("7104.99")));
        assertThat(adherence.unplaced()).as("a drug no recommendation names")
                .containsExactly(new UnplacedUse(OUS, "999999", null, new BigDecimal("5")));
        assertThat(adherence.realisedTotal()).isEqualByComparingTo("22295.00");
        assertThat(adherence.missedTotal()).as("per DDD").isEqualByComparingTo("7104.99");
    }

    private static ConsumptionRecord record(String trust, Varenummer varenummer, String packs) {
        return ConsumptionRecord.imported(new Consumption(trust, varenummer, YearMonth.of(2026, 3),
                new BigDecimal(packs)), "kari", RecommendationFixtures.CLOCK);
    }

    @Test
    void adherenceWithoutAPeriodCoversTheLastTwelveMonthsAndABadPeriodIsRefusedUnderItsField() {
        used(OUS, HYRIMOZ, YearMonth.of(2025, 5), "7");
        used(OUS, HYRIMOZ, YearMonth.of(2025, 6), "8");

        AdherenceOverview adherence = queriesOn(2026, 5, 1).adherence(null, " ");

        assertThat(adherence.from()).isEqualTo("2025-06");
        assertThat(adherence.to()).isEqualTo("2026-05");
        assertThat(adherence.unplaced()).extracting(UnplacedUse::packs).containsExactly(new BigDecimal("8"));
        DomainException badMonth = catchThrowableOfType(DomainException.class,
                () -> queriesOn(2026, 5, 1).adherence("2026-13", "mars"));
        assertThat(badMonth.violations()).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("from", "followUp.period.month"),
                org.assertj.core.groups.Tuple.tuple("to", "followUp.period.month"));
        DomainException reversed = catchThrowableOfType(DomainException.class,
                () -> queriesOn(2026, 5, 1).adherence("2026-04", "2026-03"));
        assertThat(reversed.violations()).extracting(Violation::field).containsExactly("to");
    }

    @Test
    void anAgreementEndingWithinAYearIsListedAndItsOptionWhenTheDecisionIsWithinThreeMonths() {
        FollowUpOverview overview = queriesOn(2026, 5, 1).overview();

        assertThat(overview.agreementsExpiring()).extracting(AgreementDue::agreementId, AgreementDue::end,
                        AgreementDue::withinSixMonths, AgreementDue::latestPossibleEnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(41L, LocalDate.of(2026, 12, 31), false,
                        LocalDate.of(2027, 12, 31)));
        assertThat(overview.optionDeadlines()).extracting(OptionDue::optionNumber, OptionDue::decideBy,
                OptionDue::overdue).containsExactly(org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2026, 6, 30),
                false));
    }

    @Test
    void aSuppliersLatestStockBelowTheAgreedCoverIsFollowedUpUntilItReportsEnough() {
        FrameworkAgreement agreement = agreements.findById(41L).orElseThrow();
        agreement.agreeCover(6);
        Clock march = TenderFixtures.at(TenderFixtures.oslo(2026, 5, 1, 12));
        supply.save(StockReport.report(agreement, AwardFixtures.ALFA, LocalDate.of(2026, 4, 20), 300L,
                new BigDecimal("2.5"), "alfa", march));

        assertThat(queriesOn(2026, 5, 1).overview().stockBelowCover()).singleElement().satisfies(due -> {
            assertThat(due.supplierName()).isEqualTo("Alfa Pharma AS");
            assertThat(due.monthsOfStock()).isEqualByComparingTo("2.5");
            assertThat(due.coverMonths()).isEqualTo(6);
        });

        supply.save(StockReport.report(agreement, AwardFixtures.ALFA, LocalDate.of(2026, 4, 30), 900L,
                new BigDecimal("6.5"), "alfa", march));
        assertThat(queriesOn(2026, 5, 1).overview().stockBelowCover()).isEmpty();
    }

    @Test
    void nearTheEndTheAgreementIsWithinSixMonthsAndAnUndecidedOptionIsOverdue() {
        FollowUpOverview overview = queriesOn(2026, 8, 1).overview();

        assertThat(overview.agreementsExpiring()).extracting(AgreementDue::withinSixMonths).containsExactly(true);
        assertThat(overview.optionDeadlines()).extracting(OptionDue::overdue).containsExactly(true);
        assertThat(queriesOn(2026, 1, 10).overview().agreementsExpiring()).as("not yet in force").isEmpty();
    }

    @Test
    void substancesWhosePatentRunsOutAreListedWithTheirPhaseNowAndToCome() {
        Substance adalimumab = Examples.adalimumab();
        adalimumab.changePatentExpiry(LocalDate.of(2027, 10, 1));
        Substance etanercept = new Substance(new AtcCode("L04AB01"), "etanercept");
        etanercept.changePatentExpiry(LocalDate.of(2026, 9, 1));
        Substance far = new Substance(new AtcCode("L04AB05"), "certolizumab pegol");
        far.changePatentExpiry(LocalDate.of(2029, 1, 1));
        substances.save(adalimumab);
        substances.save(etanercept);
        substances.save(far);

        List<PatentDue> patents = queriesOn(2026, 5, 1).overview().patentsExpiring();

        assertThat(patents).extracting(PatentDue::substanceName, PatentDue::withinTwelveMonths,
                PatentDue::currentPhase, PatentDue::expectedPhase).containsExactly(
                org.assertj.core.groups.Tuple.tuple("etanercept", true, null, 4),
                org.assertj.core.groups.Tuple.tuple("adalimumab", false, 4, 4));
    }

    @Test
    void anAreaWithoutAValidRecommendationIsListedAndTheSavingsComeFromConsumptionOnAgreements() {
        used(OUS, HYRIMOZ, YearMonth.of(2026, 3), "30");
        used(OUS, AMGEVITA, YearMonth.of(2026, 4), "10");

        FollowUpOverview overview = queriesOn(2026, 5, 1).overview();

        assertThat(overview.areasWithoutRecommendation()).extracting(AreaRef::code).containsExactly("ONKOLOGI");
        assertThat(overview.savings().perAgreement()).extracting(AgreementSavings::agreementId, AgreementSavings::savings)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(41L, new BigDecimal("22295.00")));
        assertThat(overview.savings().total()).isEqualByComparingTo("22295.00");
        assertThat(overview.savings().series()).containsExactly(
                new AreaSavings("2026-03", AREA_ID, "Revmatologi", new BigDecimal("18300.00")),
                new AreaSavings("2026-04", AREA_ID, "Revmatologi", new BigDecimal("3995.00")));
    }

    @Test
    void theSavingsOfEachDirectAgreementAreListedWithTheDddsUsedAndPerDdd() {
        Varenummer benepali = new Varenummer("456789");
        products.save(product(benepali, "Benepali", "5000.00"));
        DirectAgreement direct = directs.save(DirectAgreement.conclude(new DirectAgreementTerms(
                new NyeMetoderId("ID2025_047"), 7L, "Biogen Norway AS", benepali, "Benepali 50 mg penn",
                new BigDecimal("5000.00"), new BigDecimal("4200.00"), null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), DirectAwardGround.values()[0], "Eneste leverandør"), "kari",
                RecommendationFixtures.CLOCK));
        Recommendation oncology = Recommendation.draft(ONCOLOGY_ID, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), "kari", RecommendationFixtures.CLOCK);
        oncology.addLine(RecommendationLine.of("Nye metoder ID2025_047", 1, new RecommendedProduct("Benepali", benepali,
                "Biogen Norway AS", null, direct.getId(), null), null, LinePrices.perPackAndDdd(
                new BigDecimal("4200.00"), RecommendationFixtures.perDdd("4200.00",
                        RecommendationFixtures.ADALIMUMAB_PACK_DDDS))));
        oncology.approve(RecommendationFixtures.group(ONCOLOGY_ID), RecommendationFixtures.MEMBER,
                RecommendationFixtures.CLOCK);
        oncology.publish("kari", null, RecommendationFixtures.CLOCK);
        assignId(oncology, 200L);
        recommendations.save(oncology);
        used(OUS, benepali, YearMonth.of(2026, 4), "10");

        FollowUpOverview overview = queriesOn(2026, 5, 1).overview();

        assertThat(overview.savings().perDirectAgreement()).singleElement().satisfies(saved -> {
            assertThat(saved.directAgreementId()).isEqualTo(direct.getId());
            assertThat(saved.agreement()).isEqualTo("ID2025_047 / Benepali 50 mg penn (Biogen Norway AS)");
            assertThat(saved.savings()).as("(5 000 - 4 200) x 10 packs").isEqualByComparingTo("8000.00");
            assertThat(saved.ddds()).as("10 packs x 4 200 / 152.25 per DDD").isEqualByComparingTo("275.862069");
            assertThat(saved.savingsPerDdd()).isEqualByComparingTo("29.0000");
        });
        assertThat(overview.savings().perAgreement()).as("a direct agreement is not a framework agreement")
                .extracting(AgreementSavings::agreementId).doesNotContain(direct.getId());
        assertThat(overview.savings().total()).isEqualByComparingTo("8000.00");
    }
}
