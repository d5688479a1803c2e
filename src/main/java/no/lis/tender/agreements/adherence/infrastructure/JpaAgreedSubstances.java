package no.lis.tender.agreements.adherence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.adherence.domain.AgreedSubstances;
import no.lis.tender.tendering.domain.MarketPhase;

import java.util.Collection;
import java.util.List;

/** One projection query over the tenders' lots and their substances, instead of reading each tender with its lots. */
@ApplicationScoped
public class JpaAgreedSubstances implements AgreedSubstances {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public List<LotSubstance> ofTenders(Collection<Long> tenderIds) {
        if (tenderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t.id, l.number, s, t.marketPhase FROM Lot l JOIN l.tender t JOIN l.substances s"
                        + " WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(tenderIds)).getResultList().stream()
                .map(row -> new LotSubstance((Long) row[0], ((Number) row[1]).intValue(), (String) row[2],
                        (MarketPhase) row[3])).toList();
    }
}
