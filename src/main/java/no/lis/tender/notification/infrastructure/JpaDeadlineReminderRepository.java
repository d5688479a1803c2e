package no.lis.tender.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.notification.domain.DeadlineReminder;
import no.lis.tender.notification.domain.DeadlineReminderRepository;

import java.time.Instant;

@ApplicationScoped
public class JpaDeadlineReminderRepository implements DeadlineReminderRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public boolean exists(Long tenderId, Instant deadline) {
        return !em.createQuery("SELECT r.id FROM DeadlineReminder r WHERE r.tenderId = :tenderId AND r.deadline = :deadline",
                        Long.class).setParameter("tenderId", tenderId).setParameter("deadline", deadline)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Flushed at once, so that a second server's insert fails on the unique key here, before any mail is queued. */
    @Override
    public void add(DeadlineReminder reminder) {
        em.persist(reminder);
        em.flush();
    }
}
