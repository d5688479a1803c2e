package no.lis.tender.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.tendering.application.AskQuestion;
import no.lis.tender.tendering.application.QuestionQueries;
import no.lis.tender.tendering.application.QuestionQueries.OwnQuestion;
import no.lis.tender.tendering.application.QuestionQueries.PublishedAnswer;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TimeLimits;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A published tender as a supplier sees it: what is bought and how it is judged, the deadlines,
 * the published answers (never who asked) and the form to ask a question.
 */
@Named
@ViewScoped
public class SupplierTenderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries queries;
    @Inject
    QuestionQueries questions;
    @Inject
    AskQuestion askQuestion;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private Long id;
    // transient: an entity is not written with the session; loaded again on the node that reads the session back
    private transient Tender tender;
    // the questions tab's, read when it is first shown (issue 14: the page renders only the open tab)
    private List<PublishedAnswer> answers;
    private List<OwnQuestion> mine;
    private String question;

    /** Loads the tender; a draft (or an unknown id) is not there for suppliers. */
    public void load() throws IOException {
        if (tender != null) {
            return;
        }
        tender = queries.publishedTender(id).orElse(null);
        if (tender == null) {
            Pages.respondNotFound();
        }
    }

    public void ask() {
        if (messages.attempt(() -> askQuestion.ask(id, question,
                user.supplierId().orElse(null), user.username()))) {
            messages.info("question.asked");
            question = null;
            mine = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Tender getTender() {
        if (tender == null && id != null) {
            tender = queries.publishedTender(id).orElse(null);
        }
        return tender;
    }

    /** The last day the answers to questions reach the suppliers. */
    public LocalDate getAnswerDeadline() {
        return getTender() == null ? null : TimeLimits.answerDeadline(getTender().getTimeline());
    }

    public List<PublishedAnswer> getAnswers() {
        if (answers == null && getTender() != null) {
            answers = questions.publishedAnswers(id);
        }
        return answers;
    }

    /** The questions her company asked, answered or not. */
    public List<OwnQuestion> getMine() {
        if (mine == null && getTender() != null) {
            mine = user.supplierId().map(supplier -> questions.askedBy(id, supplier)).orElse(List.of());
        }
        return mine;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
