package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaTenderEvaluationRepository implements TenderEvaluationRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<TenderEvaluation> findByTender(Long tenderId) {
        return em.createNamedQuery("TenderEvaluation.findByTender", TenderEvaluation.class)
                .setParameter("tenderId", tenderId).getResultStream().findFirst();
    }

    @Override
    public TenderEvaluation save(TenderEvaluation evaluation) {
        em.persist(evaluation);
        em.flush();
        return evaluation;
    }
}
