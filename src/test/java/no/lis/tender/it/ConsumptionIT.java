package no.lis.tender.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static no.lis.tender.it.DemoCallers.kari;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumption import on a real server: a good file is stored and shows in the adherence, a
 * new file for the same trust and month replaces it, a bad file is refused with every error by line
 * number and stores nothing (not even its good lines), and only buyers import and follow up.
 * Each test uses its own hospital trust and months in 2019, before any demo data.
 */
@ExtendWith(ArquillianExtension.class)
class ConsumptionIT {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "helseforetak;varenummer;maaned;pakninger\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private Api.Reply upload(String csv) {
        return kari.postBytes("api/consumption", CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private JsonObject adherence(String from, String to) {
        Api.Reply reply = kari.get("api/adherence?from=" + from + "&to=" + to);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** The packs of each varenummer the trust used in the period, as the adherence shows them (all unplaced in 2019). */
    private Map<String, String> packsOf(JsonObject adherence, String trust) {
        return adherence.getJsonArray("unplaced").getValuesAs(JsonObject.class).stream()
                .filter(use -> use.getString("hospitalTrust").equals(trust))
                .collect(Collectors.toMap(use -> use.getString("varenummer"),
                        use -> use.getJsonNumber("packs").bigDecimalValue().stripTrailingZeros().toPlainString()));
    }

    @Test
    void aGoodFileIsImportedWithASummaryAndShowsInTheAdherence() {
        String trust = "Sykehuset Innlandet HF";
        Api.Reply imported = upload(HEADER
                + trust + ";183264;2019-01;120\n"
                + trust + ";167853;2019-01;30,5\n"
                + "\"" + trust + "\";183264;2019-02;118\n");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonObject summary = imported.object();
        assertThat(summary.getInt("lines")).isEqualTo(3);
        assertThat(summary.getJsonArray("trusts").getString(0)).isEqualTo(trust);
        assertThat(summary.getJsonArray("months").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()).containsExactly("2019-01", "2019-02");
        JsonObject adherence = adherence("2019-01", "2019-02");
        assertThat(adherence.getString("from")).isEqualTo("2019-01");
        assertThat(packsOf(adherence, trust)).isEqualTo(Map.of("183264", "238", "167853", "30.5"));
    }

    /** Issue 16 item 5: consumption per department and indication, and the adherence at that level. */
    @Test
    void aFileWithDepartmentsAndIndicationsShowsTheAdherenceAtThatLevel() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        String trust = "Betanien Hospital";
        String month = java.time.YearMonth.from(LocalDate.parse(inForce.getString("validFrom"))).plusMonths(20).toString();
        String header = "helseforetak;varenummer;maaned;pakninger;avdeling;indikasjon\n";

        Api.Reply imported = upload(header + trust + ";590216;" + month + ";12;Revmatologisk avdeling;" + Recommendations.INDICATION
                + "\n" + trust + ";590216;" + month + ";3;Hudavdelingen;\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.object().getInt("lines")).isEqualTo(2);

        List<JsonObject> departments = adherence(month, month).getJsonArray("departments").getValuesAs(JsonObject.class)
                .stream().filter(row -> row.getString("hospitalTrust").equals(trust)).toList();
        assertThat(departments).extracting(row -> row.getString("department"))
                .containsExactly("Hudavdelingen", "Revmatologisk avdeling");
        assertThat(departments.get(1).getString("indication")).isEqualTo(Recommendations.INDICATION);
        assertThat(departments.get(1).getJsonNumber("packs").bigDecimalValue()).isEqualByComparingTo("12");
        assertThat(departments.get(1).getJsonNumber("firstChoiceShare").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(departments.get(0).get("indication")).as("none told").isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void aNewFileForTheSameTrustAndMonthReplacesTheOldFigures() {
        String trust = "Vestre Viken HF";
        assertThat(upload(HEADER + trust + ";183264;2019-03;50\n" + trust + ";167853;2019-03;9\n").status())
                .isEqualTo(200);

        assertThat(upload(HEADER + trust + ";183264;2019-03;55\n").status()).isEqualTo(200);

        assertThat(packsOf(adherence("2019-03", "2019-03"), trust)).as("the month as the last file has it")
                .isEqualTo(Map.of("183264", "55"));
    }

    @Test
    void aBadFileIsRefusedWithEveryErrorByLineAndNothingOfItIsStored() {
        String trust = "Sørlandet sykehus HF";
        assertThat(upload(HEADER + trust + ";183264;2019-05;80\n" + trust + ";423890;2019-05;40\n").status())
                .isEqualTo(200);
        JsonObject before = adherence("2019-05", "2019-06");

        Api.Reply refused = upload(HEADER
                + trust + ";183264;2019-05;999\n"   // line 2: good, and would replace May
                + trust + ";18326;2019-05;10\n"     // line 3: varenummer of five digits
                + trust + ";423890;2019-05;40\n"    // line 4: good
                + trust + ";423890;2019-13;40\n"    // line 5: no month 13
                + trust + ";167853;2019-06;-3\n");  // line 6: negative packs

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<JsonObject> errors = refused.object().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(error -> error.getString("field"))
                .containsExactly("line.3.varenummer", "line.5.maaned", "line.6.pakninger");
        assertThat(errors.get(0).getString("message")).contains("Line 3").contains("18326").contains("six digits");
        assertThat(errors.get(1).getString("message")).contains("Line 5").contains("2019-13");
        assertThat(errors.get(2).getString("message")).contains("Line 6").contains("-3");
        assertThat(adherence("2019-05", "2019-06")).as("the adherence is as before the refused file").isEqualTo(before);
        assertThat(packsOf(before, trust)).isEqualTo(Map.of("183264", "80", "423890", "40"));
    }

    @Test
    void aFileWithoutTheHeaderOrInNeitherUtf8NorWindows1252IsRefusedAsAWhole() {
        Api.Reply noHeader = upload("Helse Fonna HF;183264;2019-07;10\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("line.1");

        byte[] neither = (HEADER + "Helse Førde HF;183264;2019-07;10\n").getBytes(StandardCharsets.UTF_8);
        neither[HEADER.length() + 3] = (byte) 0x81;   // undefined in Windows-1252, and not UTF-8 where it stands
        Api.Reply latin1 = kari.postBytes("api/consumption", CSV, neither);
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.object().getString("message")).contains("UTF-8").contains("Windows-1252");
    }

    @Test
    void aSpreadsheetIsCheckedByTheSameRulesAsTheCsvAndExportedWithTheAdherence() throws java.io.IOException {
        String trust = "Helgelandssykehuset HF";
        Api.Reply refused = kari.postBytes("api/consumption", XLSX, xlsx(List.of(
                List.of(trust, "183264", "2019-10", "12"),
                List.of("Helse Atlantis HF", "183264", "2019-10", "3"),         // row 3: no such trust
                List.of(trust, "=HYPERLINK(\"http://x\")", "2019-10", "4"))));  // row 4: a formula
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList()).containsExactly("line.3.helseforetak", "line.4.varenummer");
        assertThat(packsOf(adherence("2019-10", "2019-10"), trust)).as("nothing stored").isEmpty();

        Api.Reply imported = kari.postBytes("api/consumption", XLSX, xlsx(List.of(
                List.of(trust, "183264", "2019-10", "12"), List.of(trust, "167853", "2019-10", "2.5"))));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(packsOf(adherence("2019-10", "2019-10"), trust)).isEqualTo(Map.of("183264", "12", "167853", "2.5"));

        Api.Reply export = kari.getBytes("api/adherence.xlsx?from=2019-10&to=2019-10", XLSX);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export.bytes()))) {
            var unplaced = workbook.getSheetAt(1);
            assertThat(java.util.stream.IntStream.rangeClosed(1, unplaced.getLastRowNum()).mapToObj(unplaced::getRow)
                    .filter(row -> row.getCell(0).getStringCellValue().equals(trust)).count()).isEqualTo(2);
        }
    }

    /** A consumption spreadsheet: the header row, then {@code rows} as text cells, packs as numbers. */
    private static byte[] xlsx(List<List<String>> rows) throws java.io.IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Forbruk");
            String[] header = HEADER.strip().split(";");
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < 4; c++) {
                    String value = rows.get(r).get(c);
                    if (c == 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBadPeriodIsRefusedUnderItsField() {
        Api.Reply reply = kari.get("api/adherence?from=2019-06&to=2019-5");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");
        Api.Reply reversed = kari.get("api/adherence?from=2019-06&to=2019-05");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");
    }

    @Test
    void theBuyerSeesTheFollowUpOverview() {
        Api.Reply reply = kari.get("api/follow-up");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject overview = reply.object();
        assertThat(overview.keySet()).contains("asOf", "agreementsExpiring", "optionDeadlines",
                "areasWithoutRecommendation", "recommendationsEnding", "patentsExpiring", "savings");
        assertThat(overview.getJsonObject("savings").keySet()).contains("from", "to", "perAgreement", "total", "series",
                "perDirectAgreement");
    }

    @Test
    void onlyBuyersImportConsumptionAndSeeTheFollowUp() {
        String csv = HEADER + "Helse Stavanger HF;183264;2019-08;10\n";
        for (String other : List.of("sandoz", "ingrid", "hanne")) {
            Api api = Api.as(other);
            assertThat(api.postBytes("api/consumption", CSV, csv.getBytes(StandardCharsets.UTF_8)).status())
                    .as(other + " imports").isEqualTo(403);
            assertThat(api.get("api/follow-up").status()).as(other + " follows up").isEqualTo(403);
            assertThat(api.get("api/adherence").status()).as(other + " reads adherence").isEqualTo(403);
        }
        assertThat(Api.anonymous().get("api/follow-up").status()).isEqualTo(401);
        assertThat(packsOf(adherence("2019-08", "2019-08"), "Helse Stavanger HF")).as("nothing stored").isEmpty();
    }
}
