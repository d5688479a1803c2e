package no.lis.tender.documents.application;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DownloadRecord;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class RecordDownloadTest {

    private static final Instant MORNING = Instant.parse("2026-01-12T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-01-12T11:00:00Z");

    private final Documents documents = new Documents();

    private RecordDownload at(Instant instant) {
        return documents.recordDownload(TenderFixtures.at(instant));
    }

    @Test
    void aDownloadHandsOutTheFileAndRecordsWhoGotWhichVersionAndWhen() {
        Long draftId = documents.publishedTenderWithContractDraft();
        Long tenderId = documents.queries.document(draftId).orElseThrow().getTenderId();

        DocumentFile file = at(MORNING).record(draftId, "lev.a", 11L);
        at(NOON).record(draftId, BUYER, null);

        assertThat(file.fileName()).isEqualTo("kontrakt.pdf");
        assertThat(file.content()).isEqualTo(documents.documents.findContent(draftId).orElseThrow().getBytes());
        assertThat(documents.queries.downloadsOf(tenderId)).containsExactly(
                new DownloadRecord(draftId, DocumentKind.CONTRACT_DRAFT, "Kontraktsutkast", 1, BUYER, null, NOON),
                new DownloadRecord(draftId, DocumentKind.CONTRACT_DRAFT, "Kontraktsutkast", 1, "lev.a", 11L, MORNING));
    }

    @Test
    void aSupplierGetsNothingFromATenderNotYetPublishedWhileABuyerMay() {
        Long tenderId = documents.add(TenderFixtures.planned(MarketPhase.GENERIC_ENTRY));
        Long draftId = documents.attachDocument().attach(new AttachDocumentCommand(tenderId,
                DocumentKind.CONTRACT_DRAFT, "Kontraktsutkast", Pdfs.checked("kontrakt.pdf", Pdfs.ofPages(1))), BUYER);

        assertThat(refusal(() -> at(MORNING).record(draftId, "lev.a", 11L)))
                .containsExactly(new Violation(null, "documents.download.notPublished"));
        assertThat(at(MORNING).record(draftId, BUYER, null).fileName()).isEqualTo("kontrakt.pdf");
        assertThat(documents.queries.downloadsOf(tenderId)).extracting(DownloadRecord::username).containsExactly(BUYER);
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        assertThat(refusal(() -> at(MORNING).record(404L, "lev.a", 11L)))
                .containsExactly(new Violation(null, "not.found", Thing.DOCUMENT.named(404)));
    }
}
