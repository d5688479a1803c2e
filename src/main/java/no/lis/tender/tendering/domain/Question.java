package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A supplier's question about a published tender, and the buyer's answer. The answer goes to every
 * supplier of the tender without naming who asked: who asked stays with the buyers.
 */
@Entity
@Table(name = "TND_QUESTION", uniqueConstraints = @UniqueConstraint(name = "UQ_TND_QUESTION_NUMBER",
        columnNames = {"TENDER_ID", "QUESTION_NUMBER"}))
@NamedQuery(name = "Question.findByTender",
        query = "SELECT q FROM Question q WHERE q.tenderId = :tenderId ORDER BY q.number")
@NamedQuery(name = "Question.findAnsweredByTender",
        query = "SELECT q FROM Question q WHERE q.tenderId = :tenderId AND q.answeredAt IS NOT NULL ORDER BY q.number")
@NamedQuery(name = "Question.maxNumber",
        query = "SELECT MAX(q.number) FROM Question q WHERE q.tenderId = :tenderId")
public class Question extends Versioned {

    static final int TEXT_LENGTH = 4000;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "QUESTION_NUMBER", nullable = false)
    private int number;

    @Column(name = "ASKED_BY_SUPPLIER_ID", nullable = false)
    private Long askedBySupplierId;

    @Column(name = "ASKED_BY", nullable = false, length = 60)
    private String askedBy;

    @Column(name = "QUESTION_BODY", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "ASKED_AT", nullable = false)
    private Instant askedAt;

    @Column(name = "ANSWER_BODY", length = TEXT_LENGTH)
    private String answer;

    @Column(name = "ANSWERED_BY", length = 60)
    private String answeredBy;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    protected Question() {
    }

    /**
     * A supplier asks: only while the tender is published and before its question deadline (by
     * {@code clock}); the message names the deadline in Norwegian time.
     */
    public static Question ask(Tender tender, int number, Long supplierId, String username, String text, Clock clock) {
        Instant now = clock.instant();
        if (tender.getStatus() != TenderStatus.PUBLISHED) {
            throw new DomainException(null, "tender.question.notPublished", tender.getStatus());
        }
        Instant deadline = tender.getTimeline().getQuestionDeadline();
        if (deadline == null || !now.isBefore(deadline)) {
            throw new DomainException("text", "tender.question.deadlinePassed",
                    deadline == null ? "" : deadline);
        }
        Validation validation = new Validation();
        String checked = validation.requiredText("text", text, TEXT_LENGTH);
        validation.throwIfInvalid();
        Question question = new Question();
        question.tenderId = tender.getId();
        question.number = number;
        question.askedBySupplierId = Objects.requireNonNull(supplierId, "supplierId");
        question.askedBy = username;
        question.text = checked;
        question.askedAt = now;
        return question;
    }

    /** The buyer answers; the answer is published to all suppliers at once. An answer can be corrected. */
    public void answer(String answerText, String buyer, Clock clock) {
        Validation validation = new Validation();
        String checked = validation.requiredText("answer", answerText, TEXT_LENGTH);
        validation.throwIfInvalid();
        this.answer = checked;
        this.answeredBy = buyer;
        this.answeredAt = clock.instant();
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public int getNumber() {
        return number;
    }

    /** Who asked: for buyers only; never shown to suppliers or printed in the Q&A document. */
    public Long getAskedBySupplierId() {
        return askedBySupplierId;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public String getText() {
        return text;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
