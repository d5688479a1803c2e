package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.shared.domain.PdfCheck;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A PDF starts with {@code %PDF-} and PDFBox can read it, with at least one page. */
@ApplicationScoped
public class PdfBoxPdfCheck implements PdfCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean isPdf(byte[] content) {
        if (content == null || content.length < HEADER.length
                || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            // whatever an untrusted file makes the parser throw, it is not a PDF the suppliers can read
            return false;
        }
    }
}
