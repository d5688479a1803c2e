package no.lis.tender.shared.infrastructure.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the PDF renderers put in the cells of {@link PdfLayout}'s facts and tables. */
class PdfCellsTest {

    @Test
    void aFactIsItsBokmalLabelBesideItsValue() {
        assertThat(PdfLayout.fact("documents.pdf.reference", "2026-LIS-TNF-01"))
                .containsExactly("Referanse", "2026-LIS-TNF-01");
    }

    @Test
    void aFactWithoutValueLeavesTheCellEmpty() {
        assertThat(PdfLayout.fact("documents.pdf.reference", null)).containsExactly("Referanse", "");
    }

    @Test
    void aMissingTextPrintsAsADash() {
        assertThat(PdfLayout.orDash(null)).isEqualTo("–");
        assertThat(PdfLayout.orDash("  ")).isEqualTo("–");
        assertThat(PdfLayout.orDash("Penn")).isEqualTo("Penn");
    }
}
