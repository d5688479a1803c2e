package no.lis.tender.documents.domain;

import no.lis.tender.shared.domain.PdfCheck;
import no.lis.tender.shared.domain.PdfVerdict;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The upload rules, with a PDF check that trusts the file or must not be asked. */
class DocumentFileTest {

    private static final PdfCheck EVERYTHING_IS_PDF = content -> PdfVerdict.OK;
    private static final PdfCheck NOTHING_IS_PDF = content -> PdfVerdict.NOT_PDF;
    private static final PdfCheck NOT_TO_BE_ASKED = content -> fail("the PDF check is not needed");

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal(() -> DocumentFile.upload("tom.pdf", new byte[0], NOT_TO_BE_ASKED)))
                .containsExactly(new Violation("file", "documents.upload.empty"));
        assertThat(refusal(() -> DocumentFile.upload("tom.pdf", null, NOT_TO_BE_ASKED)))
                .containsExactly(new Violation("file", "documents.upload.empty"));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithItsSizeAndTheLimit() {
        byte[] tooLarge = new byte[(int) DocumentFile.MAX_UPLOAD_BYTES + 1];

        assertThat(refusal(() -> DocumentFile.upload("stor.pdf", tooLarge, NOT_TO_BE_ASKED)))
                .containsExactly(new Violation("file", "documents.upload.tooLarge", new BigDecimal("20.1"), 20));
    }

    @Test
    void aFileOfTwentyMegabytesIsAccepted() {
        byte[] atTheLimit = new byte[(int) DocumentFile.MAX_UPLOAD_BYTES];

        assertThat(DocumentFile.upload("stor.pdf", atTheLimit, EVERYTHING_IS_PDF).size()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWhateverItsName() {
        assertThat(refusal(() -> DocumentFile.upload("x.pdf", new byte[] {1, 2, 3}, NOTHING_IS_PDF)))
                .containsExactly(new Violation("file", "documents.upload.notPdf", "x.pdf"));
    }

    @Test
    void theFoldersABrowserSendsAlongAreDroppedFromTheName() {
        assertThat(DocumentFile.upload("C:\\fakepath\\Kontraktsutkast.pdf", new byte[] {1}, EVERYTHING_IS_PDF)
                .fileName()).isEqualTo("Kontraktsutkast.pdf");
        assertThat(DocumentFile.upload("/home/kari/krav.pdf", new byte[] {1}, EVERYTHING_IS_PDF).fileName())
                .isEqualTo("krav.pdf");
    }
}
