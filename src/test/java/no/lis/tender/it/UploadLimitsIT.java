package no.lis.tender.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload limits on a real server: a file over its limit is refused with 413 and a message
 * naming the field and the limit, having been read only up to the limit (the body is generated
 * as it is sent, so nothing is announced beforehand), and nothing changes; a PDF that runs
 * JavaScript is refused naming JavaScript; a consumption file with a formula cell or an invented
 * hospital trust is refused naming the line and the column.
 */
@ExtendWith(ArquillianExtension.class)
class UploadLimitsIT {

    private static final String CSV_HEADER = "helseforetak;varenummer;maaned;pakninger\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAttachmentOverTwentyMegabytesIsRefusedWith413NamingTheLimitAndTheOfferIsUnchanged() {
        String base = "api/tenders/" + Tenders.published().getInt("id");
        String before = sandoz.get(base + "/offers/attachments").body();

        Api.Reply refused = sandoz.postStream(base + "/offers/attachments?fileName=stor.pdf", "application/pdf",
                () -> new Generated(25L * 1024 * 1024));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        JsonObject error = refused.object();
        assertThat(error.getString("message")).contains("file").contains("20 MB");
        assertThat(error.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(sandoz.get(base + "/offers/attachments").body()).isEqualTo(before);
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefusedNamingJavaScript() throws IOException {
        String base = "api/tenders/" + Tenders.published().getInt("id");
        String before = sandoz.get(base + "/offers/attachments").body();

        Api.Reply refused = sandoz.postBytes(base + "/offers/attachments?fileName=miljo.pdf", "application/pdf",
                pdfOpeningWithJavaScript());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getString("message")).contains("miljo.pdf").contains("JavaScript");
        assertThat(sandoz.get(base + "/offers/attachments").body()).isEqualTo(before);
    }

    @Test
    void aConsumptionFileWithAFormulaCellIsRefusedNamingLineAndColumn() {
        Api.Reply refused = kari.postBytes("api/consumption", "text/csv",
                (CSV_HEADER + "=cmd|' /C calc'!A0;183264;2019-09;1\n").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("line.2.helseforetak");
        assertThat(error.getString("message")).contains("Line 2, column helseforetak").contains("formula");
    }

    @Test
    void aConsumptionFileWithAnInventedHospitalTrustIsRefusedNamingLineAndTrust() {
        Api.Reply refused = kari.postBytes("api/consumption", "text/csv",
                (CSV_HEADER + "Helse Bergen HF;183264;2019-09;1\nHelse Oppdiktet HF;183264;2019-09;1\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("line.3.helseforetak");
        assertThat(error.getString("message")).contains("Helse Oppdiktet HF");
    }

    @Test
    void aConsumptionFileOverFiveMegabytesIsRefusedWith413() {
        Api.Reply refused = kari.postStream("api/consumption", "text/csv", () -> new Generated(6L * 1024 * 1024));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.object().getString("message")).contains("5 MB");
    }

    private static byte[] pdfOpeningWithJavaScript() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hei')"));
            document.save(out);
            return out.toByteArray();
        }
    }

    /** {@code size} bytes made as they are read: a PDF header, then filler. */
    private static final class Generated extends InputStream {

        private final long size;
        private long position;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (position < 9 ? "%PDF-1.7\n".charAt((int) position) : 'x');
                position++;
            }
            return n;
        }
    }
}
