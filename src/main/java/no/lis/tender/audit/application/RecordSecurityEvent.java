package no.lis.tender.audit.application;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.audit.domain.SecurityLogEntry;
import no.lis.tender.audit.domain.SecurityLogHead;
import no.lis.tender.audit.domain.SecurityLogRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;

import java.time.Clock;

/**
 * Appends every {@link SecurityEvent} that any context fires to the security log's chain.
 * <p>
 * In a transaction of its own, committed before the firing action goes on: an opening that fails
 * after its first step, or a price view whose page then breaks, is still on record. The head row is
 * locked for the length of that short transaction, which serialises appends across threads and
 * servers. If the entry cannot be written, the exception reaches the action that fired the event and
 * fails it: what must be logged is not done unlogged.
 */
@UseCase
public class RecordSecurityEvent {

    private final SecurityLogRepository log;
    private final Clock clock;

    @Inject
    public RecordSecurityEvent(SecurityLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** CDI needs a constructor without arguments for the proxy of an application-scoped bean. */
    protected RecordSecurityEvent() {
        this(null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(@Observes SecurityEvent event) {
        SecurityLogHead head = log.lockHead();
        SecurityLogEntry entry = head.append(event, clock.instant());
        log.add(entry);
    }
}
