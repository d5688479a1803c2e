package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a ranking as rows keyed by tender, lot and offer. Replacing deletes the old rows with two
 * bulk statements and writes the new ones as two JDBC batches on the transaction's connection
 * ({@link RankingRows}): a generic tender's 2 000 lots and 16 000 offers would otherwise cost
 * EclipseLink as much again in per-object work as the database spends inserting them. Reading goes
 * through the mapped row entities, a page of lots at a time.
 */
@ApplicationScoped
public class JpaTenderRankingRepository implements TenderRankingRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public void replace(Long tenderId, List<LotOutcome> outcomes) {
        // What the caller changed is written now, and what it read for the evaluation (thousands of
        // catalogue packs, the tender's lots, the offers) is let go: otherwise each bulk statement
        // below would look for changes in all of it again (see docs/performance.md).
        em.flush();
        em.clear();
        em.createNamedQuery("EvaluatedOfferRow.deleteByTender").setParameter("tenderId", tenderId).executeUpdate();
        em.createNamedQuery("LotOutcomeRow.deleteByTender").setParameter("tenderId", tenderId).executeUpdate();
        try {
            RankingRows.insert(em.unwrap(Connection.class), tenderId, outcomes);
        } catch (SQLException e) {
            throw new PersistenceException("could not store the ranking of tender " + tenderId, e);
        }
    }

    @Override
    public List<LotOutcome> page(Long tenderId, int first, int size) {
        List<LotOutcomeRow> lots = em.createNamedQuery("LotOutcomeRow.page", LotOutcomeRow.class)
                .setParameter("tenderId", tenderId).setFirstResult(first).setMaxResults(size).getResultList();
        if (lots.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<EvaluatedOffer>> offers = new HashMap<>();
        em.createNamedQuery("EvaluatedOfferRow.lots", EvaluatedOfferRow.class)
                .setParameter("tenderId", tenderId)
                .setParameter("from", lots.get(0).lotNumber())
                .setParameter("to", lots.get(lots.size() - 1).lotNumber())
                .getResultStream()
                .forEach(row -> offers.computeIfAbsent(row.lotNumber(), n -> new ArrayList<>()).add(row.toOffer()));
        return lots.stream().map(lot -> lot.toOutcome(offers.getOrDefault(lot.lotNumber(), List.of()))).toList();
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
                .getResultStream().findFirst()
                .map(lot -> lot.toOutcome(em.createNamedQuery("EvaluatedOfferRow.lots", EvaluatedOfferRow.class)
                        .setParameter("tenderId", tenderId).setParameter("from", lotNumber)
                        .setParameter("to", lotNumber).getResultStream().map(EvaluatedOfferRow::toOffer).toList()));
    }
}
