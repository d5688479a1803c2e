package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/** Tender documents on a real server: generated on publication, downloaded and logged, uploads checked, versions and notices. */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void publishingMakesTheInvitationAndThePriceFormWhichParseAndSayWhatIsBought() throws IOException {
        JsonObject tender = Tenders.published();
        List<JsonObject> documents = sandoz.get("api/tenders/" + tender.getInt("id") + "/documents").array()
                .getValuesAs(JsonObject.class);
        assertThat(documents).extracting(d -> d.getString("kind")).contains("INVITATION", "PRICE_FORM");

        JsonObject invitation = documents.stream().filter(d -> d.getString("kind").equals("INVITATION")).findFirst().orElseThrow();
        String text = pdfText(sandoz, invitation);
        assertThat(text).contains(tender.getString("reference")).contains("L04AB04").contains("adalimumab")
                .contains("Miljø").contains("Forsyningssikkerhet").containsPattern("Side 1 av \\d");

        JsonObject priceForm = documents.stream().filter(d -> d.getString("kind").equals("PRICE_FORM")).findFirst()
                .orElseThrow();
        assertThat(pdfText(sandoz, priceForm)).as("the form a supplier fills in, lot by lot")
                .contains(tender.getString("reference")).contains("Delkontrakt 1: Adalimumab").contains("Varenummer")
                .contains("Enhetspris").containsPattern("Side 1 av \\d");

        List<JsonObject> downloads = kari.get("api/tenders/" + tender.getInt("id") + "/downloads").array()
                .getValuesAs(JsonObject.class);
        assertThat(downloads).anySatisfy(d -> {
            assertThat(d.getString("username")).isEqualTo("sandoz");
            assertThat(d.getInt("versionNumber")).isEqualTo(1);
        });
        assertThat(downloads).filteredOn(d -> d.getString("username").equals("sandoz")).hasSize(2);
    }

    @Test
    void aFileThatIsNotARealPdfIsRefusedWhateverItsName() {
        JsonObject tender = Tenders.published();
        Api.Reply refused = kari.postBytes("api/tenders/" + tender.getInt("id") + "/documents?kind=CONTRACT_DRAFT"
                        + "&title=Avtaleutkast&fileName=avtale.pdf", "application/pdf",
                "Dette er ikke en PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getString("message")).contains("avtale.pdf");
    }

    @Test
    void aNewVersionKeepsTheOldOneMarkedReplacedAndNotifiesSuppliersWhoDownloaded() throws IOException {
        JsonObject tender = Tenders.published();
        String base = "api/tenders/" + tender.getInt("id");
        Api.Reply attached = kari.postBytes(base + "/documents?kind=CONTRACT_DRAFT&title=" + encode("Utkast til rammeavtale")
                + "&fileName=rammeavtale.pdf", "application/pdf", pdf("Rammeavtale, utkast 1"));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        JsonObject first = attached.object();
        pdfText(sandoz, first);

        Api.Reply amended = kari.postBytes("api/documents/" + first.getInt("id") + "/versions?changeNote="
                + encode("Punkt 4.2 om sikkerhetslager er endret") + "&fileName=rammeavtale-v2.pdf", "application/pdf",
                pdf("Rammeavtale, utkast 2"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        assertThat(amended.object().getInt("versionNumber")).isEqualTo(2);

        List<JsonObject> documents = sandoz.get(base + "/documents").array().getValuesAs(JsonObject.class);
        JsonObject old = documents.stream().filter(d -> d.getInt("id") == first.getInt("id")).findFirst().orElseThrow();
        assertThat(old.getBoolean("current")).isFalse();
        assertThat(pdfText(sandoz, old)).contains("utkast 1");

        assertThat(sandoz.get("api/notices").body()).contains("sikkerhetslager");
        assertThat(Api.as("pfizer").get("api/notices").body()).doesNotContain("sikkerhetslager");
    }

    @Test
    void theAnswersDocumentNamesNobodyWhoAsked() throws IOException {
        JsonObject tender = Tenders.published();
        String base = "api/tenders/" + tender.getInt("id");
        sandoz.post(base + "/questions", Json.createObjectBuilder().add("text", "Hvor lenge må sikkerhetslageret vare?").build());
        JsonObject question = kari.get(base + "/questions").array().getJsonObject(0);
        kari.put(base + "/questions/" + question.getInt("id") + "/answer", Json.createObjectBuilder()
                .add("version", question.getJsonNumber("version").longValue()).add("answer", "Seks måneders forbruk.").build());

        JsonObject answers = sandoz.get(base + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("QUESTIONS_AND_ANSWERS")).findFirst().orElseThrow();
        String text = pdfText(Api.as("abbvie"), answers);
        assertThat(text).contains("sikkerhetslageret").contains("Seks måneders forbruk").doesNotContain("sandoz")
                .doesNotContain("Sandoz");
    }

    @Test
    void aDraftsDocumentsAreNotThereForSuppliers() {
        JsonObject draft = kari.post("api/tenders", Tenders.plan(Tenders.newReference(), 4)).object();
        assertThat(sandoz.get("api/tenders/" + draft.getInt("id") + "/documents").status()).isEqualTo(404);
    }

    private static String pdfText(Api reader, JsonObject document) throws IOException {
        Api.Reply pdf = reader.getBytes("api/documents/" + document.getInt("id"));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument parsed = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(parsed);
        }
    }

    /** A real one-page PDF holding {@code text}, made with PDFBox. */
    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
