package no.lis.tender.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OutboxRepository {

    void add(OutboxMail mail);

    Optional<OutboxMail> find(Long id);

    /** The ids of up to {@code limit} mails due at {@code now} ({@link OutboxMail#isDueAt}), the longest waiting first. */
    List<Long> findDueIds(Instant now, int limit);

    /**
     * Stores the claim made on {@code mail} at once, conditional on the version it was read at: false when
     * another sender changed the mail in between (and so claimed it first).
     */
    boolean storeClaim(OutboxMail mail);

    /** The newest {@code limit} mails, whatever their status: what was or would have been sent. */
    List<OutboxMail> findNewest(int limit);
}
