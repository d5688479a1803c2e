package no.lis.tender.evaluation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The buyer's check of one offer against the tender's mandatory requirements (marketing
 * authorisation in Norway, product matching the lot's substance and form, price form complete),
 * made after the opening: qualified, or rejected with a written reason. A rejected offer is kept
 * and shown with its reason, but {@linkplain #excludesFromScoring() excluded from scoring}. One per
 * tender and offer; the buyer may decide anew (the last decision stands) while the tender is opened.
 */
@Entity
@Table(name = "EVA_QUALIFICATION", uniqueConstraints = @UniqueConstraint(
        name = "UQ_EVA_QUALIFICATION_TENDER_OFFER", columnNames = {"TENDER_ID", "OFFER_ID"}))
@NamedQuery(name = "Qualification.findByTender", query = "SELECT q FROM Qualification q"
        + " WHERE q.tenderId = :tenderId ORDER BY q.offerId")
@NamedQuery(name = "Qualification.findByTenderAndOffer", query = "SELECT q FROM Qualification q"
        + " WHERE q.tenderId = :tenderId AND q.offerId = :offerId")
public class Qualification extends Versioned {

    public static final int REASON_LENGTH = 2000;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "OFFER_ID", nullable = false)
    private Long offerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private QualificationStatus status;

    @Column(name = "REASON", length = REASON_LENGTH)
    private String reason;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "DECIDED_BY", nullable = false, length = ImpartialityDeclaration.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "DECIDED_AT", nullable = false))
    private Stamp decided;

    protected Qualification() {
    }

    /**
     * The first decision on offer {@code offerId} of {@code tender}: {@link #qualify} or, when not
     * {@code qualified}, {@link #reject} with {@code reason}.
     */
    public static Qualification decide(Tender tender, Long offerId, boolean qualified, String reason, String buyer,
                                       Clock clock) {
        Objects.requireNonNull(offerId, "offerId");
        requireInEvaluation(tender);
        Qualification qualification = new Qualification();
        qualification.tenderId = tender.getId();
        qualification.offerId = offerId;
        if (qualified) {
            qualification.qualify(tender, buyer, clock);
        } else {
            qualification.reject(tender, reason, buyer, clock);
        }
        return qualification;
    }

    /**
     * {@code buyer} finds that the offer meets the mandatory requirements; an earlier rejection and
     * its reason are replaced. Only while the tender is opened ({@code evaluation.notInEvaluation}).
     */
    public void qualify(Tender tender, String buyer, Clock clock) {
        requireInEvaluation(tender);
        requireSameTender(tender);
        record(QualificationStatus.QUALIFIED, null, buyer, clock);
    }

    /**
     * {@code buyer} rejects the offer for failing a mandatory requirement; the reason is required
     * ({@code validation.required} under {@code reason}) and at most {@value #REASON_LENGTH}
     * characters. Only while the tender is opened ({@code evaluation.notInEvaluation}).
     */
    public void reject(Tender tender, String reason, String buyer, Clock clock) {
        requireInEvaluation(tender);
        requireSameTender(tender);
        Validation validation = new Validation();
        String written = validation.requiredText("reason", reason, REASON_LENGTH);
        validation.throwIfInvalid();
        record(QualificationStatus.REJECTED, written, buyer, clock);
    }

    /** Whether the offer is left out of scoring and ranking: it was rejected. */
    public boolean excludesFromScoring() {
        return status == QualificationStatus.REJECTED;
    }

    private void record(QualificationStatus decided, String why, String buyer, Clock clock) {
        Objects.requireNonNull(buyer, "buyer");
        status = decided;
        reason = why;
        this.decided = Stamp.now(buyer, clock);
    }

    private static void requireInEvaluation(Tender tender) {
        if (tender.getStatus() != TenderStatus.OPENED) {
            throw new DomainException(null, "evaluation.notInEvaluation", tender.getStatus());
        }
    }

    private void requireSameTender(Tender tender) {
        if (!tenderId.equals(tender.getId())) {
            throw new IllegalArgumentException("Qualification of tender " + tenderId + " decided on tender "
                    + tender.getId());
        }
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public QualificationStatus getStatus() {
        return status;
    }

    /** Why the offer was rejected; null when qualified. */
    public String getReason() {
        return reason;
    }

    /** Who decided it and when. */
    public Stamp getDecided() {
        return decided;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, offerId};
    }

    @Override
    public String toString() {
        return "offer " + offerId + " of tender " + tenderId + " " + status;
    }
}
