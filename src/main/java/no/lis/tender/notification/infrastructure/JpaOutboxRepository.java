package no.lis.tender.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.notification.domain.OutboxMail;
import no.lis.tender.notification.domain.OutboxRepository;
import no.lis.tender.shared.infrastructure.NamedQueries;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutboxMail> find(Long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Long> findDueIds(Instant now, int limit) {
        return NamedQueries.query(em, Long.class, "OutboxMail.findDue", "now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * One UPDATE of the claim's columns, conditional on the version the claim was made on: on PostgreSQL
     * and Derby alike the second of two such UPDATEs waits for the first to commit and then finds the
     * version changed, so it changes nothing. The entity is detached first so that JPA does not write the
     * claim a second time at commit.
     */
    @Override
    public boolean storeClaim(OutboxMail mail) {
        em.detach(mail);
        int updated = em.createQuery("UPDATE OutboxMail m SET m.status = :status, m.claimedBy = :claimedBy,"
                        + " m.claimedUntil = :claimedUntil, m.attempts = :attempts, m.version = m.version + 1"
                        + " WHERE m.id = :id AND m.version = :version")
                .setParameter("status", mail.getStatus())
                .setParameter("claimedBy", mail.getClaimedBy())
                .setParameter("claimedUntil", mail.getClaimedUntil())
                .setParameter("attempts", mail.getAttempts())
                .setParameter("id", mail.getId())
                .setParameter("version", mail.getVersion())
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public List<OutboxMail> findNewest(int limit) {
        return em.createNamedQuery("OutboxMail.findNewest", OutboxMail.class).setMaxResults(limit).getResultList();
    }
}
