package no.lis.tender.documents.application;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class MarkNoticeReadTest {

    private static final Instant READ = Instant.parse("2026-01-15T07:30:00Z");

    private final Documents documents = new Documents();
    private final Notice notice;

    MarkNoticeReadTest() {
        Long draftId = documents.publishedTenderWithContractDraft();
        documents.recordDownload(Documents.CLOCK).record(draftId, "lev.a", 11L);
        documents.amendDocument(Documents.CLOCK).amend(
                new AmendDocumentCommand(draftId, "Rettet.", Pdfs.checked("kontrakt.pdf", Pdfs.ofPages(2))), BUYER);
        notice = documents.queries.noticesOf(11L).get(0);
    }

    @Test
    void aSupplierMarksItsNoticeRead() {
        documents.markNoticeRead(TenderFixtures.at(READ)).markRead(notice.getId(), 11L);

        assertThat(notice.getReadAt()).isEqualTo(READ);
    }

    @Test
    void anotherSuppliersNoticeIsNotFound() {
        assertThat(refusal(() -> documents.markNoticeRead(TenderFixtures.at(READ)).markRead(notice.getId(), 12L)))
                .containsExactly(new Violation(null, "not.found", Thing.NOTICE.named(notice.getId())));
        assertThat(notice.isRead()).isFalse();
    }
}
