package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import no.lis.tender.shared.application.ParallelWork;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Stores a ranking as one row per lot, keyed by tender and lot, with the lot's ranked offers as
 * JSON. Replacing writes the rows as JDBC batches on the transaction's connection
 * ({@link RankingRows}: each lot's row updated in place or inserted), without EclipseLink's
 * per-object work. Reading goes through the mapped row entity, a page of lots at a time.
 */
@ApplicationScoped
public class JpaTenderRankingRepository implements TenderRankingRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Inject
    ParallelWork parallel;

    @Override
    public void replace(Long tenderId, List<LotOutcome> outcomes) {
        // What the caller changed is written now, and what it read for the evaluation (the tender's
        // lots, the offers) is let go, so that nothing later in the transaction looks for changes in it.
        em.flush();
        em.clear();
        try {
            RankingRows.replace(em.unwrap(Connection.class), tenderId, outcomes, parallel);
        } catch (SQLException e) {
            throw new PersistenceException("could not store the ranking of tender " + tenderId, e);
        }
    }

    @Override
    public List<LotOutcome> page(Long tenderId, int first, int size) {
        return em.createNamedQuery("LotOutcomeRow.page", LotOutcomeRow.class)
                .setParameter("tenderId", tenderId).setFirstResult(first).setMaxResults(size)
                .getResultStream().map(LotOutcomeRow::toOutcome).toList();
    }

    @Override
    public long count(Long tenderId) {
        return em.createNamedQuery("LotOutcomeRow.count", Long.class).setParameter("tenderId", tenderId)
                .getSingleResult();
    }

    @Override
    public Optional<LotOutcome> lot(Long tenderId, int lotNumber) {
        return em.createNamedQuery("LotOutcomeRow.lot", LotOutcomeRow.class)
                .setParameter("tenderId", tenderId).setParameter("lotNumber", lotNumber)
                .getResultStream().findFirst().map(LotOutcomeRow::toOutcome);
    }
}
