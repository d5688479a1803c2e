package no.lis.tender.notification.domain;

import java.time.Instant;

public interface DeadlineReminderRepository {

    boolean exists(Long tenderId, Instant deadline);

    /** Adds the reminder at once; fails when another server added the same one first. */
    void add(DeadlineReminder reminder);
}
