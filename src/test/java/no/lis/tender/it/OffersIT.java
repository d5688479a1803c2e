package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static no.lis.tender.it.DemoCallers.abbvie;
import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.per;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/** Sealed offers on a real server: submission with receipt, sealing, object-level access, the deadline, the opening. */
@ExtendWith(ArquillianExtension.class)
class OffersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSupplierSubmitsAndGetsAReceiptWithTheTimeOfReceiptAndTheDigest() throws IOException {
        JsonObject tender = Tenders.published();
        JsonObject receipt = submit(sandoz, tender, "2345.50");

        assertThat(receipt.getString("sha256")).matches("[0-9a-f]{64}");
        Instant received = Instant.parse(receipt.getString("receivedAt"));
        assertThat(received).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));

        Api.Reply pdf = sandoz.getBytes(receipt.getString("pdf").substring(1));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(receipt.getString("sha256")).contains(tender.getString("reference"));
        }
    }

    @Test
    void beforeTheOpeningBuyersSeeOnlyCountsAndAnAdministratorNothing() {
        JsonObject tender = Tenders.published();
        submit(sandoz, tender, "1999.90");
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";

        Api.Reply counts = kari.get(offers + "/counts");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.object().getJsonObject("submittedPerLot").getInt("1")).isEqualTo(1);
        assertThat(counts.body()).doesNotContain("1999");

        assertThat(kari.get(offers + "/opened").status()).isEqualTo(403);
        assertThat(Api.as("admin").get(offers + "/counts").status()).isEqualTo(403);
        assertThat(Api.as("admin").get(offers + "/opened").status()).isEqualTo(403);
        assertThat(kari.get(offers).status()).as("the buyer has no offer of its own to read").isEqualTo(403);
    }

    @Test
    void anotherSupplierCannotReadChangeOrWithdrawTheOfferByChangingAnId() {
        JsonObject tender = Tenders.published();
        JsonObject receipt = submit(sandoz, tender, "2100.00");
        long sandozOffer = receipt.getJsonNumber("offerId").longValue();
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";

        assertThat(abbvie.get(offers).status()).isEqualTo(404);
        assertThat(abbvie.getBytes("api/offers/" + sandozOffer + "/receipt?submission=1").status()).isEqualTo(404);
        assertThat(abbvie.post(offers + "/withdrawal", Json.createObjectBuilder().add("version", 0).build()).status())
                .isEqualTo(404);

        JsonObject own = sandoz.get(offers).object();
        assertThat(own.getString("status")).isEqualTo("SUBMITTED");
        assertThat(own.getJsonObject("submitted").getJsonArray("lots").getJsonObject(0).getJsonNumber("unitPricePerPack")
                .bigDecimalValue()).isEqualByComparingTo("2100.00");
    }

    @Test
    void withdrawnAndResubmittedTheLastSubmissionCounts() {
        JsonObject tender = Tenders.published();
        submit(sandoz, tender, "2500.00");
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        JsonObject withdrawn = sandoz.post(offers + "/withdrawal", Json.createObjectBuilder()
                .add("version", sandoz.get(offers).object().getJsonNumber("version").longValue()).build()).object();
        assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(kari.get(offers + "/counts").object().getJsonObject("submittedPerLot").getInt("1", 0)).isZero();

        JsonObject second = submit(sandoz, tender, "2400.00");
        assertThat(second.getInt("submissionNumber")).isEqualTo(2);
        assertThat(kari.get(offers + "/counts").object().getJsonObject("submittedPerLot").getInt("1")).isEqualTo(1);

        String base = "api/tenders/" + tender.getInt("id");
        Evaluations.open(tender);
        Api.Reply opened = kari.get(base + "/offers/opened");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body()).as("the second submission is the one opened").contains("2400.00")
                .doesNotContain("2500.00");
    }

    @Test
    void atTheDeadlineSubmissionIsRefusedNamingTheDeadline() {
        JsonObject tender = Tenders.published();
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        JsonObject own = saveDraft(sandoz, tender, "2300.00");
        String deadline = tender.getJsonObject("timeline").getString("submissionDeadline");

        Tenders.at(deadline, () -> {
            Api.Reply late = sandoz.post(offers, Json.createObjectBuilder()
                    .add("version", own.getJsonNumber("version").longValue()).build());
            assertThat(late.status()).as(late.toString()).isEqualTo(400);
            assertThat(late.object().getString("message")).contains("deadline");
        });
    }

    @Test
    void twoDifferentBuyersOpenTheOffersAfterTheDeadline() {
        JsonObject tender = Tenders.published();
        JsonObject receipt = submit(sandoz, tender, "2222.22");
        String base = "api/tenders/" + tender.getInt("id");
        assertThat(kari.post(base + "/opening", Json.createObjectBuilder().build()).status())
                .as("not before the deadline").isEqualTo(400);

        Instant afterDeadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline")).plusSeconds(60);
        Tenders.at(afterDeadline.toString(), () -> {
            JsonObject started = kari.post(base + "/opening", Json.createObjectBuilder().build()).object();
            assertThat(started.getString("startedBy")).isEqualTo("kari");
            assertThat(kari.get(base + "/offers/opened").status()).as("started is not opened").isEqualTo(403);

            Api.Reply sameBuyer = kari.post(base + "/opening", Json.createObjectBuilder().build());
            assertThat(sameBuyer.status()).isEqualTo(400);

            JsonObject confirmed = per.post(base + "/opening", Json.createObjectBuilder().build()).object();
            assertThat(confirmed.getString("confirmedBy")).isEqualTo("per");
            assertThat(confirmed.getJsonArray("openedOfferIds").getJsonNumber(0).longValue())
                    .isEqualTo(receipt.getJsonNumber("offerId").longValue());
        });

        Api.Reply opened = kari.get(base + "/offers/opened");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body()).contains("2222.22").contains("Sandoz");
        assertThat(kari.get(base).object().getString("status")).isEqualTo("OPENED");
        assertThat(abbvie.get(base + "/offers/opened").status()).isEqualTo(403);
    }

    @Test
    void anAttachmentIsCheckedAndSealedLikeTheOffer() throws IOException {
        JsonObject tender = Tenders.published();
        String base = "api/tenders/" + tender.getInt("id");
        Api.Reply notPdf = sandoz.postBytes(base + "/offers/attachments?fileName=miljo.pdf", "application/pdf",
                "ikke en pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);

        byte[] pdf = sandoz.getBytes("api/documents/" + sandoz.get(base + "/documents").array().getJsonObject(0).getInt("id")).bytes();
        Api.Reply attached = sandoz.postBytes(base + "/offers/attachments?fileName=ISO14001.pdf", "application/pdf", pdf);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        long attachment = attached.object().getJsonNumber("id").longValue();
        String environment = kari.get(base).object().getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("type").equals("ENVIRONMENT")).findFirst().orElseThrow()
                .getJsonArray("subCriteria").getJsonObject(0).getString("title");
        JsonObject own = sandoz.get(base + "/offers").object();
        Api.Reply saved = sandoz.put(base + "/offers", Json.createObjectBuilder()
                .add("version", own.getJsonNumber("version").longValue())
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lotNumber", 1)
                        .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder().add("varenummer", "468932")
                                .add("productName", "Hyrimoz").add("packDescription", "2 penner")))
                        .add("unitPricePerPack", 1800)
                        .add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("criterion", "ENVIRONMENT")
                                .add("subCriterion", environment).add("text", "Se sertifikatet.")
                                .add("attachmentDocumentIds", Json.createArrayBuilder().add(attachment)))))).build());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        sandoz.post(base + "/offers", Json.createObjectBuilder().add("version", saved.object().getJsonNumber("version").longValue()).build());

        assertThat(sandoz.getBytes("api/offer-attachments/" + attachment).status()).isEqualTo(200);
        assertThat(abbvie.getBytes("api/offer-attachments/" + attachment).status()).isEqualTo(404);
        assertThat(kari.getBytes("api/offer-attachments/" + attachment).status()).isEqualTo(403);

        Evaluations.open(tender);
        Api.Reply opened = kari.getBytes("api/offer-attachments/" + attachment);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.bytes()).isEqualTo(pdf);
    }

    @Test
    void thePriceScheduleIsAnXlsxWithOneRowPerLotAndMarketAndOnlyVarenummerAndPriceOpen() throws IOException {
        JsonObject tender = Tenders.published("TNF", draft -> withLot(draft, "Etanercept", "HEALTH_REGIONS"));
        Api.Reply download = sandoz.getBytes("api/tenders/" + tender.getInt("id") + "/price-schedule.xlsx", XLSX);
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.contentDisposition()).contains(tender.getString("reference")).contains(".xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).as("the sheet is protected").isTrue();
            assertThat(sheet.getLastRowNum()).as("four regions of lot 1 and Norway of lot 2, under the header").isEqualTo(5);
            List<String> lotsAndMarkets = new java.util.ArrayList<>();
            for (int r = 1; r <= 5; r++) {
                Row row = sheet.getRow(r);
                lotsAndMarkets.add(text(row, 0) + "/" + row.getCell(2).getStringCellValue());
                assertThat(row.getCell(0).getCellStyle().getLocked()).as("the lot is locked").isTrue();
                assertThat(row.getCell(2).getCellStyle().getLocked()).as("the market is locked").isTrue();
                assertThat(row.getCell(8).getCellStyle().getLocked()).as("the varenummer is open").isFalse();
                assertThat(row.getCell(9).getCellStyle().getLocked()).as("the price is open").isFalse();
            }
            assertThat(lotsAndMarkets).containsExactly("1/HSO", "1/HV", "1/HMN", "1/HN", "2/NO");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("per DDD");
            assertThat(sheet.getDataValidations()).as("varenummer and price are checked as typed").hasSize(2);
        }
    }

    /** Also the scenario column (issue 16): lot 2 asks a price per scenario, one row each, taken per scenario. */
    @Test
    void aFilledInScheduleFillsTheDraftAndKeepsTheLotsItLeavesEmpty() throws IOException {
        JsonObject tender = Tenders.published("TNF", draft -> withScenarioLot(withLot(draft, "Etanercept",
                "HEALTH_REGIONS")));
        String base = "api/tenders/" + tender.getInt("id");
        byte[] schedule = sandoz.getBytes(base + "/price-schedule.xlsx", XLSX).bytes();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(schedule))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Prisscenario (scenario)");
            assertThat(List.of(text(sheet.getRow(5), 0) + "/" + sheet.getRow(5).getCell(10).getStringCellValue(),
                    text(sheet.getRow(6), 0) + "/" + sheet.getRow(6).getCell(10).getStringCellValue()))
                    .as("a row per scenario of lot 2").containsExactly("2/Kun subgruppe", "2/Alle pasienter");
            assertThat(sheet.getRow(5).getCell(10).getCellStyle().getLocked()).as("the scenario is locked").isTrue();
        }

        String[] hyrimoz = {"183264", "1234.5"};
        Api.Reply taken = sandoz.postBytes(base + "/offers/price-schedule", XLSX,
                filled(schedule, Map.of(1, hyrimoz, 2, hyrimoz, 3, hyrimoz, 4, hyrimoz,
                        5, new String[] {"183264", "9800"}, 6, new String[] {"183264", "7400.5"})));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        JsonObject lot = taken.object().getJsonObject("draft").getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getInt("lotNumber")).isEqualTo(1);
        assertThat(lot.getJsonNumber("unitPricePerPack").bigDecimalValue()).isEqualByComparingTo("1234.50");
        assertThat(lot.getJsonArray("products").getJsonObject(0).getString("varenummer")).isEqualTo("183264");
        assertThat(lot.getJsonArray("products").getJsonObject(0).getString("productName")).as("named from the catalogue")
                .containsIgnoringCase("Hyrimoz");
        JsonObject scenarios = taken.object().getJsonObject("draft").getJsonArray("lots").getJsonObject(1);
        assertThat(scenarios.getInt("lotNumber")).isEqualTo(2);
        assertThat(scenarios.getJsonArray("scenarioPrices").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("scenario") + "=" + p.getJsonNumber("unitPricePerPack").bigDecimalValue()
                        .stripTrailingZeros().toPlainString()).toList())
                .containsExactly("Kun subgruppe=9800", "Alle pasienter=7400.5");
        assertThat(taken.object().getJsonObject("draft").getJsonArray("lots")).as("lot 3 left empty, not offered").hasSize(2);
    }

    /** The tender's draft with one more lot of adalimumab for all of Norway, priced per scenario. */
    private static JsonObject withScenarioLot(JsonObject draft) {
        String path = "api/tenders/" + draft.getInt("id");
        Api.Reply added = Api.as("kari").post(path + "/lots", Json.createObjectBuilder()
                .add("version", draft.getJsonNumber("version").longValue()).add("title", "Adalimumab, scenarier")
                .add("atcCodes", Json.createArrayBuilder().add("L04AB04")).add("estimatedAnnualVolume", 1000)
                .add("volumeUnit", "DDD").add("comparisonBasis", "PER_DDD").add("marketSplit", "NONE")
                .add("scenarios", Json.createArrayBuilder().add("Kun subgruppe").add("Alle pasienter")).build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return Api.as("kari").get(path).object();
    }

    @Test
    void aScheduleWithBadRowsIsRefusedWholeNamingEachRowAndTheDraftIsKept() throws IOException {
        JsonObject tender = Tenders.published("TNF", draft -> withLot(draft, "Etanercept", "HEALTH_REGIONS"));
        String base = "api/tenders/" + tender.getInt("id");
        long version = saveDraft(sandoz, tender, "2300.00").getJsonNumber("version").longValue();
        byte[] schedule = sandoz.getBytes(base + "/price-schedule.xlsx", XLSX).bytes();

        Api.Reply refused = sandoz.postBytes(base + "/offers/price-schedule?version=" + version, XLSX, filled(schedule, Map.of(
                1, new String[] {"183264", "1000"}, 2, new String[] {"46893", "1000"},
                3, new String[] {"183264", "-5"}, 4, new String[] {"183264", "1000"},
                5, new String[] {"999999", "=1+1"})));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).contains("row.3.varenummer", "row.4.pris", "row.6.pris");
        assertThat(refused.body()).contains("Row 3").contains("Row 4").contains("Row 6");

        JsonObject own = sandoz.get(base + "/offers").object();
        JsonObject lot = own.getJsonObject("draft").getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getJsonNumber("unitPricePerPack").bigDecimalValue()).as("nothing of the file was taken")
                .isEqualByComparingTo("2300.00");
    }

    @Test
    void aScheduleOfTwoThousandLotsIsDownloadedAndTakenWhole() throws IOException {
        int lots = 2000;
        JsonObject draft = kari.post("api/tenders", Tenders.plan(Tenders.newReference(), 4)).object();
        String path = "api/tenders/" + draft.getInt("id");
        Tenders.scheduled(draft.getInt("id"), draft.getJsonNumber("version").longValue());
        Api.Reply seeded = kari.post("api/test/tenders/" + draft.getInt("id") + "/lots?publish=true&count=" + lots,
                Json.createObjectBuilder().build());
        assertThat(seeded.status()).as(seeded.toString()).isEqualTo(200);
        assertThat(seeded.body()).isEqualTo(String.valueOf(lots));
        JsonObject tender = kari.get(path).object();
        assertThat(tender.getString("status")).isEqualTo("PUBLISHED");
        String base = "api/tenders/" + tender.getInt("id");

        byte[] schedule = sandoz.getBytes(base + "/price-schedule.xlsx", XLSX).bytes();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(schedule))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("a row per lot under the header").isEqualTo(lots);
        }
        Map<Integer, String[]> every = new java.util.HashMap<>();
        for (int n = 1; n <= lots; n++) {
            every.put(n, new String[] {"183264", n + ".25"});
        }
        Api.Reply taken = sandoz.postBytes(base + "/offers/price-schedule", XLSX, filled(schedule, every));
        assertThat(taken.status()).as(taken.status() == 200 ? "" : taken.toString()).isEqualTo(200);
        var offered = taken.object().getJsonObject("draft").getJsonArray("lots");
        assertThat(offered).hasSize(lots);
        assertThat(offered.getJsonObject(lots - 1).getJsonNumber("unitPricePerPack").bigDecimalValue())
                .isEqualByComparingTo(lots + ".25");
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The tender's draft with one more lot of adalimumab named {@code title}, split by {@code marketSplit}. */
    private static JsonObject withLot(JsonObject draft, String title, String marketSplit) {
        String path = "api/tenders/" + draft.getInt("id");
        addLot(Api.as("kari"), path, draft.getJsonNumber("version").longValue(), title, marketSplit);
        return Api.as("kari").get(path).object();
    }

    private static long addLot(Api buyer, String path, long version, String title, String marketSplit) {
        Api.Reply added = buyer.post(path + "/lots", Json.createObjectBuilder().add("version", version).add("title", title)
                .add("atcCodes", Json.createArrayBuilder().add("L04AB04")).add("estimatedAnnualVolume", 1000)
                .add("volumeUnit", "DDD").add("comparisonBasis", "PER_DDD").add("marketSplit", marketSplit).build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.object().getJsonNumber("version").longValue();
    }

    /** The schedule with, on each data row (from 1, the header being row 0), the varenummer and price given for it. */
    private static byte[] filled(byte[] schedule, Map<Integer, String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(schedule));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            rows.forEach((number, values) -> {
                Row row = sheet.getRow(number);
                row.getCell(8).setCellValue(values[0]);
                if (values[1].startsWith("=")) {
                    row.getCell(9).setCellFormula(values[1].substring(1));
                } else {
                    row.getCell(9).setCellValue(Double.parseDouble(values[1]));
                }
            });
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    static JsonObject saveDraft(Api supplier, JsonObject tender, String price) {
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        Api.Reply existing = supplier.get(offers);
        var body = Json.createObjectBuilder();
        if (existing.status() == 200) {
            body.add("version", existing.object().getJsonNumber("version").longValue());
        }
        body.add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lotNumber", 1)
                .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder().add("varenummer", "468932")
                        .add("productName", "Hyrimoz 40 mg injeksjonsvæske, ferdigfylt penn").add("packDescription", "2 penner")))
                .add("unitPricePerPack", new java.math.BigDecimal(price))
                .add("answers", Json.createArrayBuilder())));
        Api.Reply saved = supplier.put(offers, body.build());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return saved.object();
    }

    static JsonObject submit(Api supplier, JsonObject tender, String price) {
        JsonObject own = saveDraft(supplier, tender, price);
        Api.Reply submitted = supplier.post("api/tenders/" + tender.getInt("id") + "/offers",
                Json.createObjectBuilder().add("version", own.getJsonNumber("version").longValue()).build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted.object();
    }
}
