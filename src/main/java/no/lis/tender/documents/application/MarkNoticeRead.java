package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.NoticeRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;

import java.time.Clock;

/** A supplier has read one of its notices. */
@UseCase
public class MarkNoticeRead {

    private final NoticeRepository notices;
    private final Clock clock;

    @Inject
    public MarkNoticeRead(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected MarkNoticeRead() {
        this(null, null);
    }

    /** Another supplier's notice is {@code not.found}, as an unknown one is. */
    public void markRead(Long noticeId, Long supplierId) {
        Existing.require(noticeId, id -> notices.find(id).filter(notice -> notice.getSupplierId().equals(supplierId)),
                Thing.NOTICE).markRead(clock.instant());
    }
}
