package no.lis.tender.documents.application;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AttachDocumentTest {

    private final Documents documents = new Documents();
    private final Long tenderId = documents.add(TenderFixtures.published());

    private Long attach(DocumentKind kind, String title, String fileName, byte[] content) {
        return documents.attachDocument().attach(new AttachDocumentCommand(tenderId, kind, title, Pdfs.checked(fileName, content)),
                BUYER);
    }

    @Test
    void aRealPdfIsStoredAsTheFirstVersionOfANewDocument() {
        byte[] pdf = Pdfs.ofPages(1);

        Long id = attach(DocumentKind.REQUIREMENT_SPECIFICATION, "Kravspesifikasjon", "C:\\fakepath\\krav.pdf", pdf);

        TenderDocument stored = documents.queries.document(id).orElseThrow();
        assertThat(stored.getTenderId()).isEqualTo(tenderId);
        assertThat(stored.getKind()).isEqualTo(DocumentKind.REQUIREMENT_SPECIFICATION);
        assertThat(stored.getSeriesKey()).isEqualTo("REQUIREMENT_SPECIFICATION-001");
        assertThat(stored.getVersionNumber()).isEqualTo(1);
        assertThat(stored.getFileName()).isEqualTo("krav.pdf");
        assertThat(stored.getSizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.getSha256()).isEqualTo(DocumentFile.sha256(pdf));
        assertThat(stored.getCreatedBy()).isEqualTo(BUYER);
        assertThat(documents.documents.findContent(id).orElseThrow().getBytes()).isEqualTo(pdf);
    }

    @Test
    void aTextFileNamedLikeAPdfIsRefused() {
        byte[] text = "Dette er ikke en PDF.".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(() -> attach(DocumentKind.CONTRACT_DRAFT, "Kontraktsutkast", "x.pdf", text)))
                .containsExactly(new Violation("file", "documents.upload.notPdf", "x.pdf"));
        assertThat(documents.queries.documentsOf(tenderId)).isEmpty();
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() {
        byte[] tooLarge = new byte[(int) DocumentFile.MAX_UPLOAD_BYTES + 1];

        assertThat(refusal(() -> attach(DocumentKind.CONTRACT_DRAFT, "Kontraktsutkast", "stor.pdf", tooLarge)))
                .containsExactly(new Violation("file", "documents.upload.tooLarge", new BigDecimal("20.1"), 20));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(refusal(() -> attach(DocumentKind.INVITATION, " ", "tom.pdf", new byte[0]))).containsExactly(
                new Violation("kind", "documents.upload.generatedKind", DocumentKind.INVITATION),
                new Violation("title", "validation.required"),
                new Violation("file", "documents.upload.empty"));
    }

    @Test
    void eachUploadStartsASeriesOfItsOwn() {
        attach(DocumentKind.OTHER, "Vedlegg A", "a.pdf", Pdfs.ofPages(1));
        Long second = attach(DocumentKind.OTHER, "Vedlegg B", "b.pdf", Pdfs.ofPages(2));

        assertThat(documents.queries.document(second).orElseThrow().getSeriesKey()).isEqualTo("OTHER-002");
    }

    @Test
    void aDocumentForATenderThatDoesNotExistIsRefused() {
        assertThat(refusal(() -> documents.attachDocument().attach(new AttachDocumentCommand(99L,
                DocumentKind.OTHER, "Vedlegg", Pdfs.checked("a.pdf", Pdfs.ofPages(1))), BUYER)))
                .containsExactly(new Violation(null, "not.found", Thing.TENDER.named(99)));
    }
}
