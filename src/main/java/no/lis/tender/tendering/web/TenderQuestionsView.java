package no.lis.tender.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.AnswerQuestion;
import no.lis.tender.tendering.application.QuestionQueries;
import no.lis.tender.tendering.domain.Question;

import java.io.Serializable;
import java.util.List;

/** The questions tab of the tender page: the suppliers' questions, and the dialog in which the buyer answers one. */
@Named
@ViewScoped
public class TenderQuestionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderEditView page;
    @Inject
    QuestionQueries questionQueries;
    @Inject
    AnswerQuestion answerQuestion;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    // The questions are entities: transient, and read again (getQuestions()) on the node that reads the
    // session back. The version of the question being answered is kept, so that an answer given by someone
    // else meanwhile is still refused after a failover.
    private transient List<Question> questions;
    private transient Question answering;
    private Long answeringId;
    private Long answeringVersion;
    private String answerText;

    public void startAnswer(Question question) {
        answering = question;
        answeringId = question.getId();
        answeringVersion = question.getVersion();
        answerText = question.getAnswer();
    }

    /** Publishes the answer; the page closes the dialog unless a rule was broken. */
    public void answer() {
        Question question = getAnswering();
        if (messages.attempt(() -> answerQuestion.answer(page.getId(), answeringId, answeringVersion, answerText,
                user.username()))) {
            questions = questionQueries.allQuestions(page.getId());
            messages.info("question.answered", question.getNumber());
        }
    }

    public List<Question> getQuestions() {
        if (questions == null && page.getId() != null) {
            questions = questionQueries.allQuestions(page.getId());
        }
        return questions;
    }

    public Question getAnswering() {
        if (answering == null && answeringId != null) {
            answering = getQuestions().stream().filter(q -> q.getId().equals(answeringId)).findFirst().orElse(null);
        }
        return answering;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }
}
