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

    /** A published answer as every supplier sees it: no trace of who asked. */
    public record PublishedAnswer(int number, Instant askedAt, String question, String answer, Instant answeredAt) implements Serializable {
    }
}
