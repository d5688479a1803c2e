package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.NoticeRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;

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
        notices.find(noticeId).filter(notice -> notice.getSupplierId().equals(supplierId))
                .orElseThrow(() -> new DomainException(null, "not.found", "Varselet " + noticeId))
                .markRead(clock.instant());
    }
}
