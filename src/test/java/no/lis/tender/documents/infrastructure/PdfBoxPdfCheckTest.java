package no.lis.tender.documents.infrastructure;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.shared.infrastructure.PdfBoxPdfCheck;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxPdfCheckTest {

    private final PdfBoxPdfCheck check = new PdfBoxPdfCheck();

    @Test
    void aTextFileNamedLikeAPdfIsRefusedAsNotAPdf() {
        byte[] text = "Kontraktsutkast, versjon 1\nDette er ren tekst.".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(() -> DocumentFile.upload("x.pdf", text, check)))
                .containsExactly(new Violation("file", "documents.upload.notPdf", "x.pdf"));
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsNotOne() {
        assertThat(check.isPdf("%PDF-1.7\nikke noe mer her".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void aPdfIsRecognisedByItsContent() {
        assertThat(check.isPdf(Pdfs.ofPages(1))).isTrue();
        assertThat(DocumentFile.upload("Kravspesifikasjon.PDF", Pdfs.ofPages(1), check).fileName())
                .isEqualTo("Kravspesifikasjon.PDF");
    }

    @Test
    void aPdfWithSomethingBeforeItsHeaderIsRefused() {
        byte[] pdf = Pdfs.ofPages(1);
        byte[] prefixed = new byte[pdf.length + 4];
        System.arraycopy("MZ\0\0".getBytes(StandardCharsets.US_ASCII), 0, prefixed, 0, 4);
        System.arraycopy(pdf, 0, prefixed, 4, pdf.length);

        assertThat(check.isPdf(prefixed)).isFalse();
    }

    @Test
    void theGeneratedDocumentsAreRealPdfs() {
        assertThat(check.isPdf(new PdfBoxDocumentRenderer().receipt(Contents.receipt()))).isTrue();
    }
}
