package no.lis.tender.agreements.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaAwardDecisionRepository implements AwardDecisionRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<AwardDecision> findByTender(Long tenderId) {
        return em.createNamedQuery("AwardDecision.findByTender", AwardDecision.class)
                .setParameter("tenderId", tenderId)
                .getResultStream().findFirst();
    }

    @Override
    public AwardDecision save(AwardDecision decision) {
        em.persist(decision);
        em.flush();
        return decision;
    }
}
