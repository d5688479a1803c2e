package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaTenderEvaluationRepository extends JpaRepository<TenderEvaluation> implements TenderEvaluationRepository {

    @Override
    public Optional<TenderEvaluation> findByTender(Long tenderId) {
        return first("findByTender", "tenderId", tenderId);
    }
}
