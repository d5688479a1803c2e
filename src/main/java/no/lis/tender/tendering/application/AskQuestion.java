package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.QuestionRepository;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/** A supplier asks a question about a published tender before its question deadline. */
@UseCase
public class AskQuestion {

    private final TenderRepository tenders;
    private final QuestionRepository questions;
    private final Clock clock;

    @Inject
    public AskQuestion(TenderRepository tenders, QuestionRepository questions, Clock clock) {
        this.tenders = tenders;
        this.questions = questions;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AskQuestion() {
        this(null, null, null);
    }

    /** Returns the question's number within the tender. */
    public int ask(Long tenderId, String text, Long supplierId, String username) {
        Tender tender = Existing.require(tenderId, tenders::find, Thing.TENDER);
        Question question = Question.ask(tender, questions.nextNumber(tenderId), supplierId, username, text, clock);
        return questions.save(question).getNumber();
    }
}
