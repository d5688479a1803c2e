package no.lis.tender.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import no.lis.tender.audit.domain.SecurityLogEntry;
import no.lis.tender.audit.domain.SecurityLogHead;
import no.lis.tender.audit.domain.SecurityLogQuery;
import no.lis.tender.audit.domain.SecurityLogRepository;
import no.lis.tender.shared.infrastructure.NamedQueries;

import java.util.ArrayList;
import java.util.List;

/**
 * The security log in the application's database. The head row is read with a pessimistic write
 * lock ({@code SELECT ... FOR UPDATE} on PostgreSQL, {@code FOR UPDATE WITH RS} on Derby), which holds
 * every other append, on any server sharing the database, until the appending transaction ends.
 */
@ApplicationScoped
public class JpaSecurityLogRepository implements SecurityLogRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public SecurityLogHead lockHead() {
        return headRow(LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public SecurityLogHead head() {
        return headRow(LockModeType.NONE);
    }

    private SecurityLogHead headRow(LockModeType lock) {
        SecurityLogHead head = em.find(SecurityLogHead.class, SecurityLogHead.ID, lock);
        if (head == null) {
            throw new IllegalStateException("the security log's head row is missing: the change log creates it "
                    + "(db/changelog/security.sql), and nothing may delete it");
        }
        return head;
    }

    @Override
    public void add(SecurityLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<SecurityLogEntry> chain(long after, long upTo, int max) {
        return NamedQueries.query(em, SecurityLogEntry.class, "SecurityLogEntry.chain", "after", after, "upTo", upTo)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<SecurityLogEntry> find(SecurityLogQuery query, int first, int max, SecurityLogQuery.Sort sort,
                                       boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SecurityLogEntry> select = cb.createQuery(SecurityLogEntry.class);
        Root<SecurityLogEntry> entry = select.from(SecurityLogEntry.class);
        // one sort key today; the switch makes a new constant a compile error until it is mapped
        String column = switch (sort) {
            case SEQUENCE -> "sequence";
        };
        select.where(criteria(cb, entry, query))
                .orderBy(ascending ? cb.asc(entry.get(column)) : cb.desc(entry.get(column)));
        return em.createQuery(select).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(SecurityLogQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<SecurityLogEntry> entry = select.from(SecurityLogEntry.class);
        select.select(cb.count(entry)).where(criteria(cb, entry, query));
        return em.createQuery(select).getSingleResult();
    }

    private static Predicate[] criteria(CriteriaBuilder cb, Root<SecurityLogEntry> entry, SecurityLogQuery query) {
        List<Predicate> all = new ArrayList<>();
        if (query.kind() != null) {
            all.add(cb.equal(entry.get("kind"), query.kind().name()));
        }
        if (query.actor() != null) {
            all.add(cb.equal(entry.get("actor"), query.actor()));
        }
        return all.toArray(Predicate[]::new);
    }
}
