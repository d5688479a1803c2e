package no.lis.tender.agreements.adherence.application;

import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.recommendations.domain.RecommendationFixtures;
import no.lis.tender.catalogue.application.InMemoryProductRepository;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import no.lis.tender.shared.infrastructure.PoiSpreadsheets;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportConsumptionTest {

    private static final String HEADER = "helseforetak;varenummer;maaned;pakninger\n";
    private static final String OUS = "Oslo universitetssykehus HF";
    private static final String BERGEN = "Helse Bergen HF";

    private final InMemoryFollowUp.Consumption records = new InMemoryFollowUp.Consumption();
    private final InMemoryProductRepository catalogue = new InMemoryProductRepository();
    private final ImportConsumption importConsumption = new ImportConsumption(records, catalogue,
            new PoiSpreadsheets(), RecommendationFixtures.CLOCK);

    {
        for (String varenummer : List.of("183264", "167853")) {
            catalogue.save(new Product(new Varenummer(varenummer), "Adalimumab " + varenummer, Examples.adalimumab(),
                    Examples.twoPensOf40Mg(), Examples.abbvie(), new BigDecimal("9000.00"), ProductType.BIOSIMILAR));
        }
    }

    private ConsumptionImported importing(String csv) {
        return importConsumption.importFile(csv.getBytes(StandardCharsets.UTF_8), "kari");
    }

    private List<String> stored() {
        return records.stored.stream().map(ConsumptionRecord::toString).sorted().toList();
    }

    private ConsumptionImported importingSheet(List<List<Object>> rows) {
        List<no.lis.tender.shared.domain.Sheet.Column> columns = java.util.Arrays.stream(HEADER.strip().split(";"))
                .map(name -> no.lis.tender.shared.domain.Sheet.Column.shown(name, 10)).toList();
        byte[] xlsx = new PoiSpreadsheets().write(List.of(new no.lis.tender.shared.domain.Sheet("Forbruk", columns, rows, false)));
        return importConsumption.importFile(xlsx, "kari");
    }

    @Test
    void aSpreadsheetIsImportedLikeTheCsv() {
        ConsumptionImported summary = importingSheet(List.of(List.of(OUS, "183264", "2026-02", 420),
                List.of(BERGEN, 167853, "2026-01-01", 160.5)));

        assertThat(summary).isEqualTo(new ConsumptionImported(2, List.of(BERGEN, OUS), List.of("2026-01", "2026-02")));
    }

    @Test
    void aSpreadsheetWithAFormulaOrAnUnknownTrustIsRefusedWholeNamingTheRows() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> importingSheet(List.of(
                List.of(OUS, "183264", "2026-02", 420), List.of("Helse Atlantis HF", "183264", "2026-02", 1),
                List.of(OUS, "=HYPERLINK(\"http://x\")", "2026-03", 1))));

        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactly("line.3.helseforetak", "line.4.varenummer");
        assertThat(refused.violations().get(1).messageKey()).isEqualTo("consumption.csv.formula");
        assertThat(records.stored).isEmpty();
    }

    @Test
    void aVarenummerThatIsNotInTheCatalogueRefusesTheFileNamingTheLineAndTheNumber() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> importing(HEADER
                + OUS + ";183264;2026-02;1\n" + OUS + ";654321;2026-02;1\n"));

        assertThat(refused.violations()).containsExactly(
                new Violation("line.3.varenummer", "consumption.csv.varenummer.unknown", "3", "654321"));
        assertThat(records.stored).isEmpty();
    }

    @Test
    void aTrustIsStoredAsTheListOfTrustsWritesItWhateverTheCaseInTheFile() {
        importing(HEADER + "helse  BERGEN hf;183264;2026-02;1\n");

        assertThat(records.stored).extracting(r -> r.getHospitalTrust()).containsExactly(BERGEN);
    }

    @Test
    void aGoodFileIsStoredWithWhoImportedItAndTheSummaryNamesItsTrustsAndMonths() {
        ConsumptionImported summary = importing(HEADER + OUS + ";183264;2026-02;420\n" + BERGEN + ";183264;2026-01;250\n"
                + OUS + ";167853;2026-01;160,5\n");

        assertThat(summary).isEqualTo(new ConsumptionImported(3, List.of(BERGEN, OUS), List.of("2026-01", "2026-02")));
        assertThat(records.stored).hasSize(3).allSatisfy(record -> {
            assertThat(record.getImported().actor()).isEqualTo("kari");
            assertThat(record.getImported().at()).isEqualTo(RecommendationFixtures.NOW);
        });
        assertThat(records.findBetween(YearMonth.of(2026, 1), YearMonth.of(2026, 1))).extracting(r -> r.getPacks().toPlainString())
                .containsExactly("250", "160.5");
    }

    @Test
    void aFileWithBadLinesIsRefusedWithEveryLineAndStoresNothingNotEvenItsGoodLines() {
        importing(HEADER + OUS + ";183264;2026-02;420\n");
        List<String> before = stored();

        DomainException refused = catchThrowableOfType(DomainException.class, () -> importing(HEADER
                + OUS + ";183264;2026-02;999\n" + OUS + ";18326;2026-02;1\n" + BERGEN + ";183264;2026-2;1\n"));

        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactly("line.3.varenummer", "line.4.maaned");
        assertThat(refused.violations().get(0).arguments()).startsWith("3", "18326");
        assertThat(stored()).as("what was stored before, untouched").isEqualTo(before);
    }

    @Test
    void anEmptyUploadIsRefused() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> importConsumption.importFile(null, "kari"));

        assertThat(refused.violations()).extracting(Violation::messageKey).containsExactly("consumption.csv.empty");
        assertThat(records.stored).isEmpty();
    }
}
