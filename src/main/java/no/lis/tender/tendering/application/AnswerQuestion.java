package no.lis.tender.tendering.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.QuestionAnswered;
import no.lis.tender.tendering.domain.QuestionRepository;

import java.time.Clock;

/** A buyer answers a question; the answer is published to every supplier of the tender, without naming who asked. */
@UseCase
public class AnswerQuestion {

    private final QuestionRepository questions;
    private final Event<QuestionAnswered> answered;
    private final Clock clock;

    @Inject
    public AnswerQuestion(QuestionRepository questions, Event<QuestionAnswered> answered, Clock clock) {
        this.questions = questions;
        this.answered = answered;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AnswerQuestion() {
        this(null, null, null);
    }

    public void answer(Long tenderId, Long questionId, Long version, String answer, String buyer) {
        Question question = Existing.require(questionId,
                id -> questions.find(id).filter(q -> q.getTenderId().equals(tenderId)), Thing.QUESTION);
        Versions.require(question.getVersion(), version, Thing.QUESTION.named(question.getNumber()));
        question.answer(answer, buyer, clock);
        answered.fire(new QuestionAnswered(tenderId, questionId, buyer));
    }
}
