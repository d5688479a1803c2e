package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationAccessTest {

    private final InMemoryEvaluation.Evaluations evaluations = new InMemoryEvaluation.Evaluations();

    @Test
    void theBuyersFirstActMakesTheEvaluation() {
        TenderEvaluation made = EvaluationAccess.evaluationAt(evaluations, 7L, null);

        assertThat(made.getTenderId()).isEqualTo(7L);
        assertThat(evaluations.findByTender(7L)).containsSame(made);
    }

    @Test
    void aLaterActWorksOnTheStoredEvaluationAtTheVersionSeen() {
        TenderEvaluation made = EvaluationAccess.evaluationAt(evaluations, 7L, null);
        Stored.asVersion(made, 2);

        assertThat(EvaluationAccess.evaluationAt(evaluations, 7L, 2L)).isSameAs(made);
    }

    @Test
    void aVersionSeenOfAnEvaluationThatIsNotThereIsAConcurrentChange() {
        assertThatThrownBy(() -> EvaluationAccess.evaluationAt(evaluations, 7L, 1L))
                .isInstanceOf(DomainException.class);
        assertThat(evaluations.findByTender(7L)).isEmpty();
    }

    @Test
    void aStaleVersionIsAConcurrentChange() {
        Stored.asVersion(EvaluationAccess.evaluationAt(evaluations, 7L, null), 2);

        assertThatThrownBy(() -> EvaluationAccess.evaluationAt(evaluations, 7L, 1L))
                .isInstanceOf(DomainException.class);
    }
}
