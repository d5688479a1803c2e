package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a ranking as rows keyed by tender, lot and offer, without generated ids, so that the
 * persistence unit's JDBC batch writing sends the thousands of rows of a large tender in a few
 * round trips. Replacing deletes the old rows with two bulk statements, then writes the lots before
 * their offers (the offers' rows refer to their lot's row, and the rows are not related in the
 * mapping, so the order is given by flushing in between).
 */
@ApplicationScoped
public class JpaTenderRankingRepository implements TenderRankingRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public void replace(Long tenderId, List<LotOutcome> outcomes) {
        em.createNamedQuery("EvaluatedOfferRow.deleteByTender").setParameter("tenderId", tenderId).executeUpdate();
        em.createNamedQuery("LotOutcomeRow.deleteByTender").setParameter("tenderId", tenderId).executeUpdate();
        for (LotOutcome outcome : outcomes) {
            em.persist(new LotOutcomeRow(tenderId, outcome));
        }
        em.flush();
        for (LotOutcome outcome : outcomes) {
            for (EvaluatedOffer offer : outcome.offers()) {
                em.persist(new EvaluatedOfferRow(tenderId, outcome.lotNumber(), offer));
            }
        }
        em.flush();
        em.clear();
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
