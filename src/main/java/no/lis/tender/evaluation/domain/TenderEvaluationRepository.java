package no.lis.tender.evaluation.domain;

import java.util.Optional;

public interface TenderEvaluationRepository {

    Optional<TenderEvaluation> findByTender(Long tenderId);

    TenderEvaluation save(TenderEvaluation evaluation);
}
