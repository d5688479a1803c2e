package no.lis.tender.documents.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static no.lis.tender.shared.Stored.withId;
import static org.assertj.core.api.Assertions.assertThat;

class NoticeTest {

    private static final Instant MONDAY = Instant.parse("2026-01-12T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-01-13T09:00:00Z");

    private static TenderDocument requirements() {
        return withId(TenderDocument.first(7L, DocumentKind.REQUIREMENT_SPECIFICATION, "REQUIREMENT_SPECIFICATION-001",
                "Kravspesifikasjon", DocumentFile.of("krav.pdf", "v1".getBytes(StandardCharsets.US_ASCII)),
                "kari.buyer", MONDAY), 31L);
    }

    @Test
    void aNoticeOfANewDocumentNamesIt() {
        Notice notice = Notice.documentPublished(11L, requirements(), MONDAY);

        assertThat(notice.getSupplierId()).isEqualTo(11L);
        assertThat(notice.getTenderId()).isEqualTo(7L);
        assertThat(notice.getDocumentId()).isEqualTo(31L);
        assertThat(notice.getMessageKey()).isEqualTo("documents.notice.added");
        assertThat(notice.getArguments()).containsExactly("Kravspesifikasjon");
        assertThat(notice.isRead()).isFalse();
    }

    @Test
    void aNoticeOfANewVersionNamesTheDocumentTheVersionAndWhatChanged() {
        TenderDocument amended = withId(requirements().nextVersion("Krav 3.2 er strøket.",
                DocumentFile.of("krav.pdf", "v2".getBytes(StandardCharsets.US_ASCII)), "kari.buyer", TUESDAY), 32L);

        Notice notice = Notice.documentPublished(11L, amended, TUESDAY);

        assertThat(notice.getMessageKey()).isEqualTo("documents.notice.amended");
        assertThat(notice.getArguments()).containsExactly("Kravspesifikasjon", "2", "Krav 3.2 er strøket.");
    }

    @Test
    void theFirstTimeANoticeIsReadIsKept() {
        Notice notice = Notice.documentPublished(11L, requirements(), MONDAY);

        notice.markRead(MONDAY);
        notice.markRead(TUESDAY);

        assertThat(notice.isRead()).isTrue();
        assertThat(notice.getReadAt()).isEqualTo(MONDAY);
    }

    @Test
    void unreadNoticesComeFirstThenTheNewest() {
        Notice oldUnread = withId(Notice.documentPublished(11L, requirements(), MONDAY), 1L);
        Notice newRead = withId(Notice.documentPublished(11L, requirements(), TUESDAY), 2L);
        newRead.markRead(TUESDAY);
        Notice newUnread = withId(Notice.documentPublished(11L, requirements(), TUESDAY), 3L);
        List<Notice> notices = new ArrayList<>(List.of(newRead, oldUnread, newUnread));

        notices.sort(Notice.UNREAD_FIRST);

        assertThat(notices).containsExactly(newUnread, oldUnread, newRead);
    }
}
