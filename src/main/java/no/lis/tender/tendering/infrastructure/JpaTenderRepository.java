package no.lis.tender.tendering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import no.lis.tender.shared.infrastructure.JpaRepository;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderHeader;
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

    private static final String HEADER = "SELECT NEW no.lis.tender.tendering.domain.TenderHeader(t.id, t.reference,"
            + " t.title, t.therapeuticAreaId, t.specialistGroupId, t.marketPhase, t.instrument, t.status,"
            + " t.severalRankedSuppliersAllowed, t.version) FROM Tender t WHERE t.id = :id";
    /**
     * The tender by id, written so that EclipseLink keeps the batch hints: a query whose only condition is
     * the primary key ({@code Tender.findById}) is swapped inside EclipseLink for a read by primary key
     * without them (eclipse-ee4j/eclipselink#862), and every lot's substances, markets and scenarios and
     * every criterion's sub-criteria were read one statement each. The version is never negative.
     */
    private static final String WHOLE_BY_ID = "SELECT t FROM Tender t WHERE t.id = :id AND t.version >= 0";
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
        // by WHOLE_BY_ID, not Tender.findById, whose batch hints EclipseLink drops (see WHOLE_BY_ID): a
        // collection is still read only if the caller asks for it, but then for every lot in one statement
        // (256 lots an IN) instead of one per lot, which made the tender's read of a ranking on PostgreSQL
        // (2 000 round trips for the scenarios) seven times Derby's
        return readOnlyWithBatches(id);
    }

    /** The tender by {@link #WHOLE_BY_ID}, read-only, with the batch reads of every collection. */
    private Optional<Tender> readOnlyWithBatches(Long id) {
        // a list, not a stream (a cursor reads no batches)
        return batched(em.createQuery(WHOLE_BY_ID, Tender.class).setParameter("id", id)
                .setHint("eclipselink.read-only", true)).getResultList().stream().findFirst();
    }

    /** {@code query} with the batch reads of every collection of the tender (EclipseLink reads 256 owners an IN). */
    private static TypedQuery<Tender> batched(TypedQuery<Tender> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : WHOLE) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    /**
     * The tender with every collection read inside the caller's transaction, so that a page that shows the
     * whole tender reads nothing lazily while it renders: such reads run outside any transaction, on a
     * connection Liberty keeps to the end of the request, and under 32 parallel requests the pool of 20
     * ran dry (issue 14). The batch hints ask EclipseLink for one statement per collection whatever the
     * number of lots (see {@link #WHOLE_BY_ID} for why they were ignored with {@code Tender.findById}).
     */
    @Override
    public Optional<Tender> findWhole(Long id) {
        // read-only: the page changes nothing through it, and the commit then has nothing to compare
        Optional<Tender> tender = readOnlyWithBatches(id);
        tender.ifPresent(JpaTenderRepository::readCollections);
        return tender;
    }

    @Override
    public Optional<TenderHeader> findHeader(Long id) {
        return em.createQuery(HEADER, TenderHeader.class).setParameter("id", id).getResultList().stream().findFirst();
    }

    private static final List<String> WHOLE = List.of("t.lots", "t.lots.substances", "t.lots.markets",
            "t.lots.scenarios", "t.criteria", "t.criteria.subCriteria", "t.timeLimitJustifications",
            "t.qualificationRequirements", "t.log");

    /** Reads each collection now, in the transaction. */
    private static void readCollections(Tender tender) {
        tender.getLots().forEach(lot -> {
            lot.getSubstances();
            lot.getMarkets();
            lot.getScenarios();
        });
        tender.getCriteria().forEach(AwardCriterion::getSubCriteria);
        tender.getTimeLimitJustifications();
        tender.getQualificationRequirements();
        tender.getLog();
    }

    /**
     * The tender's row with a pessimistic write lock: {@code SELECT ... FOR UPDATE} on PostgreSQL,
     * {@code FOR UPDATE WITH RS} (held to commit) on Derby.
     */
    @Override
    public Optional<Tender> findLocked(Long id) {
        if (!exists(id)) {
            return Optional.empty();
        }
        // what this transaction has written so far is written before it waits for the lock: written at the
        // commit, under the lock, a new row's identity value could wait for another submission that holds
        // Derby's identity range and waits for this lock (a deadlock, ended by Derby's lock timeout)
        em.flush();
        return Optional.ofNullable(em.find(Tender.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean exists(Long id) {
        return id != null && query(Long.class, "Tender.countById", "id", id).getSingleResult() > 0;
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

    @Override
    public Stamp stamp() {
        Object[] row = em.createNamedQuery("Tender.stamp", Object[].class).getSingleResult();
        return new Stamp(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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
