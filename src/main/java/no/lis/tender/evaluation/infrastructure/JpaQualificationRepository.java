package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQualificationRepository implements QualificationRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<Qualification> findByTenderAndOffer(Long tenderId, Long offerId) {
        return em.createNamedQuery("Qualification.findByTenderAndOffer", Qualification.class)
                .setParameter("tenderId", tenderId)
                .setParameter("offerId", offerId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Qualification> findByTender(Long tenderId) {
        return em.createNamedQuery("Qualification.findByTender", Qualification.class)
                .setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public Qualification save(Qualification qualification) {
        em.persist(qualification);
        em.flush();
        return qualification;
    }
}
