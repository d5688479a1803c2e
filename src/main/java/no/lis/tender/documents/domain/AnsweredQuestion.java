package no.lis.tender.documents.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A question and its published answer as the questions-and-answers document prints them. It has
 * no place for who asked: answers go to all suppliers without naming the one that asked.
 */
public record AnsweredQuestion(int number, Instant askedAt, String question, String answer, Instant answeredAt) {

    public AnsweredQuestion {
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
