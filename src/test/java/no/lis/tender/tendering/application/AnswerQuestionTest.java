package no.lis.tender.tendering.application;

import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.QuestionAnswered;
import no.lis.tender.tendering.domain.QuestionRepository;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AnswerQuestionTest {

    private static final long TENDER_ID = 11L;
    private static final long QUESTION_ID = 5L;

    private final Question question = question();
    private final RecordedEvents<QuestionAnswered> answered = new RecordedEvents<>();
    private final AnswerQuestion answerQuestion = new AnswerQuestion(new OneQuestion(question), answered, CLOCK);

    @Test
    void anAnswerToTheVersionTheBuyerSawIsPublished() {
        answerQuestion.answer(TENDER_ID, QUESTION_ID, question.getVersion(), "Ja, alle regioner.", BUYER);

        assertThat(question.getAnswer()).isEqualTo("Ja, alle regioner.");
        assertThat(answered.fired()).hasSize(1);
    }

    @Test
    void anAnswerWithoutAVersionIsRefusedAsAConcurrentChangeNotSavedBlindly() {
        assertThat(refusal(() -> answerQuestion.answer(TENDER_ID, QUESTION_ID, null, "Ja.", BUYER)))
                .containsExactly(new Violation(null, "concurrent.modification", Thing.QUESTION.named(1)));
        assertThat(question.isAnswered()).isFalse();
        assertThat(answered.fired()).isEmpty();
    }

    @Test
    void anAnswerToAnOlderVersionIsRefused() {
        assertThat(refusal(() -> answerQuestion.answer(TENDER_ID, QUESTION_ID, question.getVersion() - 1, "Ja.", BUYER)))
                .extracting(Violation::messageKey).containsExactly("concurrent.modification");
    }

    private static Question question() {
        Tender tender = TenderFixtures.published();
        Stored.withId(tender, TENDER_ID);
        Question question = Question.ask(tender, 1, 7L, "sandoz", "Gjelder volumet alle regioner?", CLOCK);
        Stored.withId(question, QUESTION_ID);
        return question;
    }

    /** A repository that holds one question. */
    private record OneQuestion(Question question) implements QuestionRepository {

        @Override
        public Optional<Question> find(Long id) {
            return Optional.of(question).filter(q -> q.getId().equals(id));
        }

        @Override
        public List<Question> findByTender(Long tenderId) {
            return List.of(question);
        }

        @Override
        public List<Question> findAnsweredByTender(Long tenderId) {
            return question.isAnswered() ? List.of(question) : List.of();
        }

        @Override
        public int nextNumber(Long tenderId) {
            return 2;
        }

        @Override
        public Question save(Question saved) {
            return saved;
        }
    }
}
