package no.lis.tender.documents.application;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AmendDocumentTest {

    private static final Instant LATER = Documents.CLOCK.instant().plusSeconds(86_400);
    private static final Clock NEXT_DAY = TenderFixtures.at(LATER);

    private final Documents documents = new Documents();
    private final Long draftId = documents.publishedTenderWithContractDraft();
    private final Long tenderId = documents.queries.document(draftId).orElseThrow().getTenderId();

    private Long amend(Long documentId, String changeNote, byte[] content) {
        return documents.amendDocument(NEXT_DAY).amend(
                new AmendDocumentCommand(documentId, changeNote, Pdfs.checked("kontrakt-v2.pdf", content)), "ola.buyer");
    }

    @Test
    void theNewVersionReplacesTheOldWhichIsKeptAndStaysDownloadable() {
        Long newId = amend(draftId, "Punkt 7 om leveringstid er endret.", Pdfs.ofPages(2));

        assertThat(documents.queries.documentsOf(tenderId))
                .extracting(TenderDocument::getId, TenderDocument::getVersionNumber, TenderDocument::isCurrent,
                        TenderDocument::getReplacedAt)
                .containsExactly(tuple(draftId, 1, false, LATER), tuple(newId, 2, true, null));
        TenderDocument amended = documents.queries.document(newId).orElseThrow();
        assertThat(amended.getChangeNote()).isEqualTo("Punkt 7 om leveringstid er endret.");
        assertThat(amended.getFileName()).isEqualTo("kontrakt-v2.pdf");
        assertThat(amended.getCreatedBy()).isEqualTo("ola.buyer");
        assertThat(documents.recordDownload(NEXT_DAY).record(draftId, "lev.a", 11L).content())
                .isEqualTo(documents.documents.findContent(draftId).orElseThrow().getBytes());
    }

    @Test
    void everySupplierThatDownloadedFromTheTenderIsNoticedAndNoOther() {
        documents.recordDownload(Documents.CLOCK).record(draftId, "lev.a", 11L);
        documents.recordDownload(Documents.CLOCK).record(draftId, "lev.a2", 11L);
        documents.recordDownload(Documents.CLOCK).record(draftId, BUYER, null);
        Long otherTenderDraft = documents.publishedTenderWithContractDraft();
        documents.recordDownload(Documents.CLOCK).record(otherTenderDraft, "lev.b", 12L);

        Long newId = amend(draftId, "Punkt 7 om leveringstid er endret.", Pdfs.ofPages(2));

        assertThat(documents.notices.all()).singleElement().satisfies(notice -> {
            assertThat(notice.getSupplierId()).isEqualTo(11L);
            assertThat(notice.getTenderId()).isEqualTo(tenderId);
            assertThat(notice.getDocumentId()).isEqualTo(newId);
            assertThat(notice.getMessageKey()).isEqualTo("documents.notice.amended");
            assertThat(notice.getArguments()).containsExactly("Kontraktsutkast", "2", "Punkt 7 om leveringstid er endret.");
            assertThat(notice.getCreatedAt()).isEqualTo(LATER);
        });
        assertThat(documents.queries.noticesOf(12L)).isEmpty();
    }

    @Test
    void aChangeNoteAndARealPdfAreRequiredAndBothAreReportedAtOnce() {
        byte[] text = "ren tekst".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(() -> amend(draftId, "", text))).containsExactly(
                new Violation("changeNote", "validation.required"),
                new Violation("file", "documents.upload.notPdf", "kontrakt-v2.pdf"));
        assertThat(documents.queries.document(draftId).orElseThrow().isCurrent()).isTrue();
    }

    @Test
    void aVersionAlreadyReplacedCannotBeAmended() {
        amend(draftId, "Første rettelse.", Pdfs.ofPages(2));

        assertThat(refusal(() -> amend(draftId, "Andre rettelse.", Pdfs.ofPages(3))))
                .containsExactly(new Violation(null, "documents.version.replaced", "Kontraktsutkast", 1));
        assertThat(documents.queries.documentsOf(tenderId)).hasSize(2);
    }
}
