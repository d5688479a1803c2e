package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaTenderOpeningRepository implements TenderOpeningRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<TenderOpening> findByTender(Long tenderId) {
        return em.createNamedQuery("TenderOpening.findByTender", TenderOpening.class)
                .setParameter("tenderId", tenderId)
                .getResultStream().findFirst();
    }

    @Override
    public TenderOpening save(TenderOpening opening) {
        em.persist(opening);
        em.flush();
        return opening;
    }
}
