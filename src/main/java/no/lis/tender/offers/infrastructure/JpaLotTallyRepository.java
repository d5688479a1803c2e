package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.offers.domain.LotTally;
import no.lis.tender.offers.domain.LotTallyRepository;
import no.lis.tender.shared.infrastructure.NamedQueries;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class JpaLotTallyRepository implements LotTallyRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public void apply(Collection<LotTally> counted, Collection<String> uncounted) {
        if (!uncounted.isEmpty()) {
            em.createNamedQuery("LotTally.deleteByTokens").setParameter("tokens", uncounted).executeUpdate();
        }
        counted.forEach(em::persist);
    }

    @Override
    public Map<Integer, Long> countByLot(Long tenderId) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        NamedQueries.query(em, Object[].class, "LotTally.countByLot", "tenderId", tenderId).getResultList()
                .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
