package no.lis.tender.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.QuestionRepository;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Questions and answers of a tender: all of them for buyers, the published answers without the asker for suppliers. */
@ApplicationScoped
@Transactional
public class QuestionQueries {

    private final QuestionRepository questions;

    @Inject
    public QuestionQueries(QuestionRepository questions) {
        this.questions = questions;
    }

    /** For the CDI proxy. */
    protected QuestionQueries() {
        this(null);
    }

    /** For buyers: every question, answered or not, with who asked. */
    public List<Question> allQuestions(Long tenderId) {
        return questions.findByTender(tenderId);
    }

    /** For suppliers and everyone else: the answered questions, without who asked. */
    public List<PublishedAnswer> publishedAnswers(Long tenderId) {
        return questions.findAnsweredByTender(tenderId).stream()
                .map(q -> new PublishedAnswer(q.getNumber(), q.getAskedAt(), q.getText(), q.getAnswer(), q.getAnsweredAt()))
                .toList();
    }

    /** For a supplier: the questions her company asked on the tender, answered or not, the first first. */
    public List<OwnQuestion> askedBy(Long tenderId, Long supplierId) {
        return questions.findByTender(tenderId).stream().filter(q -> q.getAskedBySupplierId().equals(supplierId))
                .sorted(java.util.Comparator.comparingInt(Question::getNumber))
                .map(q -> new OwnQuestion(q.getNumber(), q.getAskedAt(), q.getText(), q.getAnswer(), q.getAnsweredAt()))
                .toList();
    }

    /** A question the supplier's company asked; {@code answer} is null until the buyer has answered. */
    public record OwnQuestion(int number, Instant askedAt, String question, String answer, Instant answeredAt)
            implements Serializable {

        public boolean answered() {
            return answer != null;
        }
    }

    /** A published answer as every supplier sees it: no trace of who asked. */
    public record PublishedAnswer(int number, Instant askedAt, String question, String answer, Instant answeredAt) implements Serializable {
    }
}
