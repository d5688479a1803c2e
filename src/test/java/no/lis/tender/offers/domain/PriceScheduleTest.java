package no.lis.tender.offers.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Sheet;
import no.lis.tender.shared.domain.SheetRow;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.VolumeUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PriceScheduleTest {

    /** Lot 1 (adalimumab, all of Norway, per DDD) and lot 2 (per health region, per patient-year). */
    private static Tender tender() {
        Tender tender = TenderFixtures.publishable();
        tender.addLot(new LotSpecification("Etanercept", "Revmatoid artritt", Set.of(new AtcCode("L04AB01")),
                new BigDecimal("800"), VolumeUnit.PACKS, ComparisonBasis.PER_PATIENT_YEAR, null,
                MarketSplit.HEALTH_REGIONS.markets()), TenderFixtures.BUYER, TenderFixtures.CLOCK);
        return tender;
    }

    private final PriceSchedule schedule = PriceSchedule.of(tender());

    /** The downloaded sheet as rows read back, with {@code varenummer} and {@code price} typed into every row. */
    private List<SheetRow> filled(String varenummer, String price) {
        Sheet sheet = schedule.sheet();
        List<SheetRow> rows = new ArrayList<>();
        rows.add(new SheetRow(1, sheet.headers()));
        int number = 2;
        for (List<Object> values : sheet.rows()) {
            List<String> cells = new ArrayList<>(values.stream().map(v -> v == null ? "" : v.toString()).toList());
            cells.set(8, varenummer);
            cells.set(9, price);
            rows.add(new SheetRow(number++, cells));
        }
        return rows;
    }

    private static SheetRow changed(SheetRow row, int column, String value) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(column, value);
        return new SheetRow(row.number(), cells);
    }

    private List<Violation> refusal(List<SheetRow> rows) {
        return catchThrowableOfType(DomainException.class, () -> schedule.read(rows)).violations();
    }

    @Test
    void theSheetHasOneRowPerLotAndMarketWithTheLotsBasisAndOnlyTheVarenummerAndPriceOpen() {
        Sheet sheet = schedule.sheet();

        assertThat(sheet.rows()).hasSize(5);
        assertThat(sheet.rows().get(0)).startsWith(1, "Adalimumab", "NO", "Norge", "per DDD");
        assertThat(sheet.rows().get(1)).startsWith(2, "Etanercept", "HSO", "Helse Sør-Øst", "per pasientår");
        assertThat(sheet.locked()).isTrue();
        assertThat(sheet.columns().stream().filter(Sheet.Column::input).map(Sheet.Column::rule))
                .containsExactly(Sheet.Rule.SIX_CHARACTERS, Sheet.Rule.DECIMAL_AT_LEAST_ZERO);
    }

    @Test
    void aFilledScheduleGivesEachLotItsPackAndPriceWithACommaAsDecimalMark() {
        PriceSchedule.Filled filled = schedule.read(filled("123456", "1234,5"));

        assertThat(filled.lots()).containsOnlyKeys(1, 2);
        assertThat(filled.lots().get(2).unitPricePerPack()).isEqualByComparingTo("1234.50");
        assertThat(filled.lots().get(2).row()).isEqualTo(3);
        assertThat(filled.varenumre()).containsExactly(new Varenummer("123456"));
    }

    @Test
    void aLotLeftEmptyIsNotOfferedAndKeepsWhatTheDraftHad() {
        List<SheetRow> rows = filled("", "");
        rows.set(1, changed(changed(rows.get(1), 8, "123456"), 9, "99.90"));
        LotOffer before = OfferFixtures.lot(2, "50");

        List<LotOffer> lots = schedule.read(rows).into(List.of(before),
                v -> new OfferedProduct(v, "Hyrimoz", "2 penner"));

        assertThat(lots).extracting(LotOffer::lotNumber).containsExactly(1, 2);
        assertThat(lots.get(0).unitPricePerPack()).isEqualByComparingTo("99.90");
        assertThat(lots.get(1)).isEqualTo(before);
    }

    @Test
    void aPricedLotKeepsTheAnswersItHadInTheDraft() {
        LotOffer before = OfferFixtures.lot(1, "50");

        LotOffer after = schedule.read(filled("654321", "70")).into(List.of(before),
                v -> new OfferedProduct(v, "Amgevita", "2 penner")).get(0);

        assertThat(after.answers()).isEqualTo(before.answers());
        assertThat(after.products().get(0).varenummer()).isEqualTo(new Varenummer("654321"));
    }

    @Test
    void everyBadRowIsNamedWithItsFieldAndRuleAndTheWholeFileIsRefused() {
        List<SheetRow> rows = filled("123456", "100");
        rows.set(1, changed(rows.get(1), 9, "12.345"));
        rows.set(2, changed(rows.get(2), 8, "12A456"));
        rows.set(3, changed(rows.get(3), 2, "XX"));
        rows.set(4, changed(rows.get(4), 9, "-5"));
        rows.set(5, changed(rows.get(5), 0, "9"));

        assertThat(refusal(rows)).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("row.2.pris", "offers.schedule.price"),
                org.assertj.core.groups.Tuple.tuple("row.3.varenummer", "offers.schedule.varenummer"),
                org.assertj.core.groups.Tuple.tuple("row.4.marked", "offers.schedule.market"),
                org.assertj.core.groups.Tuple.tuple("row.5.pris", "offers.schedule.price"),
                org.assertj.core.groups.Tuple.tuple("row.6.delkontrakt", "offers.schedule.lot"));
    }

    @Test
    void aFormulaInACellIsRefusedAsAFormulaNamingRowAndColumn() {
        List<SheetRow> rows = filled("123456", "100");
        rows.set(1, changed(rows.get(1), 8, "=HYPERLINK(\"http://x\")"));

        Violation violation = refusal(rows).get(0);

        assertThat(violation.field()).isEqualTo("row.2.varenummer");
        assertThat(violation.messageKey()).isEqualTo("offers.schedule.formula");
    }

    @Test
    void theMarketsOfOneLotMustCarryTheSamePackAndPriceOrAllBeEmpty() {
        List<SheetRow> rows = filled("123456", "100");
        rows.set(3, changed(rows.get(3), 9, "101"));
        rows.set(4, changed(changed(rows.get(4), 8, ""), 9, ""));

        assertThat(refusal(rows)).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("row.4", "offers.schedule.marketsDiffer"),
                org.assertj.core.groups.Tuple.tuple("row.5", "offers.schedule.marketMissing"));
    }

    @Test
    void aVarenummerWithoutPriceOrAPriceWithoutVarenummerIsRefused() {
        List<SheetRow> rows = filled("", "");
        rows.set(1, changed(rows.get(1), 8, "123456"));
        rows.set(2, changed(rows.get(2), 9, "10"));

        assertThat(refusal(rows)).extracting(Violation::field).contains("row.2.pris", "row.3.varenummer");
    }

    @Test
    void aRowOfALotAndMarketTwiceAndAChangedHeaderAreRefused() {
        List<SheetRow> rows = filled("123456", "100");
        rows.add(new SheetRow(7, rows.get(1).cells()));
        assertThat(refusal(rows)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("row.7.marked", "offers.schedule.twice"));

        rows.set(0, changed(rows.get(0), 9, "Pris"));
        assertThat(refusal(rows)).extracting(Violation::messageKey).containsExactly("offers.schedule.header");
    }

    @Test
    void varenumreOutsideTheCatalogueRefuseTheFileNamingTheirRows() {
        PriceSchedule.Filled filled = schedule.read(filled("123456", "100"));

        Violation unknown = catchThrowableOfType(DomainException.class,
                () -> filled.requireKnown(Set.of(new Varenummer("654321")))).violations().get(0);

        assertThat(unknown.field()).isEqualTo("row.2.varenummer");
        assertThat(unknown.messageKey()).isEqualTo("offers.schedule.varenummer.unknown");
    }

    /** Lot 3 (hepatitis C, all of Norway) asks for a price if only the subgroup is treated and one if all patients are. */
    private static PriceSchedule withScenarios() {
        Tender tender = tender();
        tender.addLot(new LotSpecification("Hepatitt C", "Kronisk hepatitt C", Set.of(new AtcCode("J05AP55")),
                new BigDecimal("300"), VolumeUnit.PACKS, ComparisonBasis.PER_TREATMENT_PERIOD, 84,
                MarketSplit.NONE.markets(), List.of("Kun subgruppe", "Alle pasienter")), TenderFixtures.BUYER,
                TenderFixtures.CLOCK);
        return PriceSchedule.of(tender);
    }

    /** The rows of {@code sheet} read back, the scenario rows of lot 3 priced {@code subgroup} and {@code all}, the others empty. */
    private static List<SheetRow> scenariosPriced(Sheet sheet, String subgroup, String all) {
        List<SheetRow> rows = new ArrayList<>();
        rows.add(new SheetRow(1, sheet.headers()));
        int number = 2;
        for (List<Object> values : sheet.rows()) {
            List<String> cells = new ArrayList<>(values.stream().map(v -> v == null ? "" : v.toString()).toList());
            if (cells.get(10).equals("Kun subgruppe") || cells.get(10).equals("Alle pasienter")) {
                cells.set(8, "654321");
                cells.set(9, cells.get(10).equals("Kun subgruppe") ? subgroup : all);
            }
            rows.add(new SheetRow(number++, cells));
        }
        return rows;
    }

    @Test
    void aLotWithScenarioPricesHasARowPerScenarioAndItsPricesAreTakenPerScenarioInTheBuyersOrder() {
        PriceSchedule schedule = withScenarios();
        Sheet sheet = schedule.sheet();

        assertThat(sheet.rows()).hasSize(7);
        assertThat(sheet.rows().get(5)).startsWith(3, "Hepatitt C", "NO").endsWith("Kun subgruppe");
        assertThat(sheet.rows().get(6)).startsWith(3, "Hepatitt C", "NO").endsWith("Alle pasienter");
        assertThat(sheet.rows().get(0)).as("a lot priced once names no scenario").endsWith((Object) null);
        assertThat(sheet.headers()).last().isEqualTo("Prisscenario (scenario)");

        PriceSchedule.Filled filled = schedule.read(scenariosPriced(sheet, "9800", "7400,50"));

        assertThat(filled.lots()).containsOnlyKeys(3);
        assertThat(filled.lots().get(3).scenarioPrices()).containsExactly(
                new ScenarioPrice("Kun subgruppe", new BigDecimal("9800")),
                new ScenarioPrice("Alle pasienter", new BigDecimal("7400.50")));
        assertThat(filled.lots().get(3).unitPricePerPack()).as("the first scenario's").isEqualByComparingTo("9800");
        LotOffer offered = filled.into(null, v -> new OfferedProduct(v, "Epclusa", "28 tabletter")).get(0);
        assertThat(offered.scenarioPrices()).extracting(ScenarioPrice::unitPricePerPack)
                .containsExactly(new BigDecimal("9800.00"), new BigDecimal("7400.50"));
    }

    @Test
    void aScenarioRowLeftOutOrRenamedIsRefusedNamingRowAndScenario() {
        PriceSchedule schedule = withScenarios();
        List<SheetRow> rows = scenariosPriced(schedule.sheet(), "9800", "7400");
        List<SheetRow> missing = new ArrayList<>(rows);
        missing.remove(7);
        List<SheetRow> renamed = new ArrayList<>(rows);
        renamed.set(7, changed(rows.get(7), 10, "Halvparten"));

        assertThat(catchThrowableOfType(DomainException.class, () -> schedule.read(missing)).violations())
                .containsExactly(new Violation("row.7.scenario", "offers.schedule.scenarioMissing", "7", 3, "Alle pasienter"));
        assertThat(catchThrowableOfType(DomainException.class, () -> schedule.read(renamed)).violations())
                .containsExactly(new Violation("row.7.scenario", "offers.schedule.scenarioMissing", "7", 3, "Alle pasienter"),
                        new Violation("row.8.scenario", "offers.schedule.scenario", "8", "Halvparten", 3,
                        "Kun subgruppe, Alle pasienter"));
        List<SheetRow> scenarioOnALotPricedOnce = filled("123456", "100");
        scenarioOnALotPricedOnce.set(1, changed(scenarioOnALotPricedOnce.get(1), 10, "Kun subgruppe"));
        assertThat(refusal(scenarioOnALotPricedOnce)).containsExactly(
                new Violation("row.2.scenario", "offers.schedule.scenario", "2", "Kun subgruppe", 1, "–"));
    }
}
