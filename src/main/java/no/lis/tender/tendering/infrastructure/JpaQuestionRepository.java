package no.lis.tender.tendering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.QuestionRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<Question> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Question.class, id));
    }

    @Override
    public List<Question> findByTender(Long tenderId) {
        return em.createNamedQuery("Question.findByTender", Question.class).setParameter("tenderId", tenderId).getResultList();
    }

    @Override
    public List<Question> findAnsweredByTender(Long tenderId) {
        return em.createNamedQuery("Question.findAnsweredByTender", Question.class).setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public int nextNumber(Long tenderId) {
        Integer max = em.createNamedQuery("Question.maxNumber", Integer.class).setParameter("tenderId", tenderId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public Question save(Question question) {
        if (question.getId() == null) {
            em.persist(question);
            em.flush();
            return question;
        }
        return em.merge(question);
    }
}
