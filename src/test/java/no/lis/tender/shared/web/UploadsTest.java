package no.lis.tender.shared.web;

import no.lis.tender.shared.application.PdfScreening;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.domain.PdfVerdict;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class UploadsTest {

    /** Screens without limits or checks: what it was given comes back as the file. */
    private static final class Recording extends PdfScreening {
        String field;

        @Override
        public CheckedPdf screen(String field, String fileName, InputStream content) {
            this.field = field;
            try {
                byte[] bytes = content == null ? new byte[0] : content.readAllBytes();
                return new CheckedPdf(fileName, bytes, PdfVerdict.NOT_PDF);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static UploadedFile upload(String name, String content) {
        return new UploadedFile() {
            @Override
            public String getFileName() {
                return name;
            }

            @Override
            public String getWebkitRelativePath() {
                return null;
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public byte[] getContent() {
                throw new AssertionError("the whole part is never read into memory");
            }

            @Override
            public String getContentType() {
                return "application/pdf";
            }

            @Override
            public long getSize() {
                return content.length();
            }

            @Override
            public File write(String filePath) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete() {
            }
        };
    }

    @Test
    void theChosenPdfIsScreenedUnderTheFileFieldWithItsName() {
        Recording screening = new Recording();

        CheckedPdf pdf = Uploads.screenedPdf(screening, upload("tilbud.pdf", "%PDF-1.7"));

        assertThat(screening.field).isEqualTo("file");
        assertThat(pdf.fileName()).isEqualTo("tilbud.pdf");
        assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7");
    }

    @Test
    void noFileChosenIsScreenedAsNone() {
        CheckedPdf pdf = Uploads.screenedPdf(new Recording(), null);

        assertThat(pdf.fileName()).isNull();
        assertThat(pdf.content()).isEmpty();
    }
}
