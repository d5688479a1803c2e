package no.lis.tender.documents.domain;

import java.time.Instant;
import java.util.List;

/** The questions-and-answers document of a tender: every published answer, by question number. */
public record QuestionsAndAnswersContent(String reference, String title, Instant generatedAt,
                                         List<AnsweredQuestion> questions) {

    public QuestionsAndAnswersContent {
        questions = List.copyOf(questions);
    }
}
