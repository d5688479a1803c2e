package no.lis.tender.tendering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.shared.infrastructure.JpaRepository;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.QuestionRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuestionRepository extends JpaRepository<Question> implements QuestionRepository {

    @Override
    public Optional<Question> find(Long id) {
        return findById(id);
    }

    @Override
    public List<Question> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }

    @Override
    public List<Question> findAnsweredByTender(Long tenderId) {
        return list("findAnsweredByTender", "tenderId", tenderId);
    }

    @Override
    public int nextNumber(Long tenderId) {
        Integer max = query(Integer.class, "Question.maxNumber", "tenderId", tenderId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
