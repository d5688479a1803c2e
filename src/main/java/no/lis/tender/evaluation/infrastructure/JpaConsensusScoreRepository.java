package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;

import java.util.List;

@ApplicationScoped
public class JpaConsensusScoreRepository implements ConsensusScoreRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public List<ConsensusScore> findByTender(Long tenderId) {
        return em.createNamedQuery("ConsensusScore.findByTender", ConsensusScore.class)
                .setParameter("tenderId", tenderId).getResultList();
    }

    @Override
    public ConsensusScore save(ConsensusScore score) {
        em.persist(score);
        em.flush();
        return score;
    }
}
