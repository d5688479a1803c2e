package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.AnsweredQuestion;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DocumentRenderer;
import no.lis.tender.documents.domain.QuestionsAndAnswersContent;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Publishes the questions-and-answers document of a tender anew with every answer published so
 * far, as part of the tender documents: the first time as version 1, then as a new version that
 * replaces the last. Suppliers that have downloaded from the tender are notified.
 */
@UseCase
public class RegenerateQuestionsAndAnswers {

    private final TenderRepository tenders;
    private final DocumentRenderer renderer;
    private final DocumentStore store;
    private final Clock clock;

    @Inject
    public RegenerateQuestionsAndAnswers(TenderRepository tenders, DocumentRenderer renderer, DocumentStore store,
                                         Clock clock) {
        this.tenders = tenders;
        this.renderer = renderer;
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RegenerateQuestionsAndAnswers() {
        this(null, null, null, null);
    }

    /** Returns the id of the new version; the questions are printed by number, whatever order they come in. */
    public Long regenerate(Long tenderId, List<AnsweredQuestion> published, String actor) {
        Tender tender = Existing.require(tenderId, tenders::find, Thing.TENDER);
        Instant now = clock.instant();
        List<AnsweredQuestion> byNumber = published.stream()
                .sorted(Comparator.comparingInt(AnsweredQuestion::number)).toList();
        byte[] pdf = renderer.questionsAndAnswers(new QuestionsAndAnswersContent(tender.getReference().value(),
                tender.getTitle(), now, byNumber));
        return store.publishGenerated(tenderId, tender.getReference().value(), DocumentKind.QUESTIONS_AND_ANSWERS, pdf,
                Texts.bokmal("documents.questionsAndAnswers.changeNote", byNumber.size()), actor, now).getId();
    }
}
