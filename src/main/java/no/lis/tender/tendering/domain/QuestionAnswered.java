package no.lis.tender.tendering.domain;

/** A question on a tender was answered and the answer published to all its suppliers. */
public record QuestionAnswered(Long tenderId, Long questionId, String actor) {
}
