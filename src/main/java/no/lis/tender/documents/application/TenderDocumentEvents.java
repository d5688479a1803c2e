package no.lis.tender.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.lis.tender.documents.domain.AnsweredQuestion;
import no.lis.tender.tendering.domain.QuestionAnswered;
import no.lis.tender.tendering.domain.QuestionRepository;
import no.lis.tender.tendering.domain.TenderPublished;

/**
 * The tender documents follow the tender: on publication the invitation and the price form are
 * made, on every published answer the Q&A document is made anew. Synchronous, in the same
 * transaction: a document that cannot be made rolls the step back.
 */
@ApplicationScoped
public class TenderDocumentEvents {

    @Inject
    GenerateTenderDocuments generate;

    @Inject
    RegenerateQuestionsAndAnswers regenerate;

    @Inject
    QuestionRepository questions;

    void onPublished(@Observes TenderPublished published) {
        generate.generateFor(published.tenderId(), published.actor());
    }

    void onAnswered(@Observes QuestionAnswered answered) {
        regenerate.regenerate(answered.tenderId(), questions.findAnsweredByTender(answered.tenderId()).stream()
                .map(q -> new AnsweredQuestion(q.getNumber(), q.getAskedAt(), q.getText(), q.getAnswer(), q.getAnsweredAt()))
                .toList(), answered.actor());
    }
}
