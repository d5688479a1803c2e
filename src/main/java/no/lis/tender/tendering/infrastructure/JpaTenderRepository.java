package no.lis.tender.tendering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import no.lis.tender.shared.infrastructure.JpaRepository;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderSort;
import no.lis.tender.tendering.domain.TenderSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTenderRepository extends JpaRepository<Tender> implements TenderRepository {

    private static final String SUMMARY = "SELECT NEW no.lis.tender.tendering.domain.TenderSummary(t.id, t.reference,"
            + " t.title, t.therapeuticAreaId, t.specialistGroupId, t.marketPhase, t.instrument, t.status,"
            + " t.timeline.submissionDeadline, t.version) FROM Tender t";

    @Override
    public Optional<Tender> find(Long id) {
        return findById(id);
    }

    /**
     * Each lot's price scenarios and markets are read for all lots at once, in one statement each, when
     * the first lot's are asked for (issue 14: ranking a 2 000-lot tender read them lot by lot, 2 000
     * statements); nothing is read that is not asked for.
     */
    @Override
    public Optional<Tender> findReadOnly(Long id) {
        return em.createNamedQuery("Tender.findById", Tender.class).setParameter("id", id)
                .setHint("eclipselink.read-only", true)
                .setHint("eclipselink.batch", "t.lots.scenarios")
                .setHint("eclipselink.batch", "t.lots.markets")
                .getResultStream().findFirst();
    }

    /** A pessimistic write lock: SELECT ... FOR UPDATE on PostgreSQL, FOR UPDATE WITH RS (held to commit) on Derby. */
    @Override
    public Optional<Tender> findLocked(Long id) {
        return Optional.ofNullable(em.find(Tender.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean exists(Long id) {
        return id != null && em.createNamedQuery("Tender.countById", Long.class).setParameter("id", id)
                .getSingleResult() > 0;
    }

    @Override
    public Optional<Tender> findByReference(TenderReference reference) {
        return first("findByReference", "reference", reference);
    }

    @Override
    public List<Tender> findBySpecialistGroup(Long groupId) {
        return list("findBySpecialistGroup", "groupId", groupId);
    }

    @Override
    public List<TenderSummary> search(TenderFilter filter, int first, int max, TenderSort sort, boolean ascending) {
        Where where = new Where(filter);
        TypedQuery<TenderSummary> query = em.createQuery(SUMMARY + where.jpql + " ORDER BY " + path(sort)
                + (ascending ? " ASC" : " DESC") + ", t.id", TenderSummary.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(TenderFilter filter) {
        Where where = new Where(filter);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(t) FROM Tender t" + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<PhaseStatusCount> countByPhaseAndStatus() {
        return em.createNamedQuery("Tender.countByPhaseAndStatus", PhaseStatusCount.class).getResultList();
    }

    /** The sort orders allowed, and the attribute each sorts by: nothing from the caller reaches the query text. */
    private static String path(TenderSort sort) {
        return switch (sort) {
            case REFERENCE -> "t.reference";
            case TITLE -> "t.title";
            case MARKET_PHASE -> "t.marketPhase";
            case STATUS -> "t.status";
            case SUBMISSION_DEADLINE -> "t.timeline.submissionDeadline";
            case CREATED_AT -> "t.createdAt";
        };
    }

    /** The WHERE clause of a {@link TenderFilter} and the parameters it binds. */
    private static final class Where {

        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final String jpql;

        Where(TenderFilter filter) {
            List<String> conditions = new ArrayList<>();
            if (filter.phase() != null) {
                conditions.add("t.marketPhase = :phase");
                parameters.put("phase", filter.phase());
            }
            if (filter.status() != null) {
                conditions.add("t.status = :status");
                parameters.put("status", filter.status());
            }
            if (filter.therapeuticAreaId() != null) {
                conditions.add("t.therapeuticAreaId = :therapeuticAreaId");
                parameters.put("therapeuticAreaId", filter.therapeuticAreaId());
            }
            if (filter.text() != null) {
                conditions.add("(UPPER(t.title) LIKE :text ESCAPE '!' OR UPPER(t.reference) LIKE :text ESCAPE '!')");
                parameters.put("text", "%" + filter.text().toUpperCase(Locale.ROOT)
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            jpql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
