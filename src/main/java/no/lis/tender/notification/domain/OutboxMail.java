package no.lis.tender.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Versioned;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One mail of the transactional outbox: written in the transaction of the change it tells of, so that a
 * change that commits always has its mail and one rolled back never does; then sent by a sender.
 * <p>
 * A sender first claims the mail ({@link #claim}): the claim is stored by an UPDATE conditional on the
 * version the sender read, so of two servers that read the same due mail only one claim succeeds and the
 * mail goes out once. A claim holds for a lease; a sender that dies with a claim leaves the mail due again
 * when the lease ends. A failed attempt puts the mail back with a later attempt ({@link RetryPolicy}); no
 * mail is ever dropped.
 */
@Entity
@Table(name = "NTF_OUTBOX")
@NamedQuery(name = "OutboxMail.findNewest", query = "SELECT m FROM OutboxMail m ORDER BY m.id DESC")
@NamedQuery(name = "OutboxMail.findDue", query = "SELECT m.id FROM OutboxMail m WHERE"
        + " (m.status = no.lis.tender.notification.domain.OutboxStatus.PENDING AND m.nextAttemptAt <= :now)"
        + " OR (m.status = no.lis.tender.notification.domain.OutboxStatus.SENDING AND m.claimedUntil < :now)"
        + " ORDER BY m.nextAttemptAt, m.id")
public class OutboxMail extends Versioned {

    static final int LONGEST_ERROR = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private NoticeKind kind;

    @Column(name = "USERNAME", nullable = false, length = 60)
    private String username;

    @Column(name = "RECIPIENT", nullable = false, length = 200)
    private String recipient;

    @Column(name = "SUBJECT", nullable = false, length = MailText.LONGEST_SUBJECT)
    private String subject;

    @Column(name = "BODY", nullable = false, length = MailText.LONGEST_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private OutboxStatus status;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "CLAIMED_BY", length = 100)
    private String claimedBy;

    @Column(name = "CLAIMED_UNTIL")
    private Instant claimedUntil;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "LAST_ERROR", length = LONGEST_ERROR)
    private String lastError;

    protected OutboxMail() {
    }

    /** A mail of {@code kind} to {@code recipient}, due at once. */
    public static OutboxMail queue(NoticeKind kind, Recipient recipient, MailText text, Instant at) {
        OutboxMail mail = new OutboxMail();
        mail.kind = Objects.requireNonNull(kind, "kind");
        mail.username = recipient.username();
        mail.recipient = recipient.email();
        mail.subject = text.subject();
        mail.body = text.body();
        mail.status = OutboxStatus.PENDING;
        mail.createdAt = Objects.requireNonNull(at, "at");
        mail.nextAttemptAt = at;
        return mail;
    }

    /** Whether a sender may claim the mail at {@code now}: it waits and its time has come, or its sender's lease ran out. */
    public boolean isDueAt(Instant now) {
        return switch (status) {
            case PENDING -> !nextAttemptAt.isAfter(now);
            case SENDING -> claimedUntil.isBefore(now);
            case SENT -> false;
        };
    }

    /**
     * The sender {@code sender} takes the mail for an attempt, held until {@code now + lease}. Refused
     * with an {@link IllegalStateException} when the mail is not due, e.g. another sender took it.
     */
    public void claim(String sender, Instant now, Duration lease) {
        if (!isDueAt(now)) {
            throw new IllegalStateException("Mail " + getId() + " is not due at " + now + " (" + status + ")");
        }
        status = OutboxStatus.SENDING;
        claimedBy = Objects.requireNonNull(sender, "sender");
        claimedUntil = now.plus(lease);
        attempts++;
    }

    /** Whether {@code sender} holds the claim on the mail now. */
    public boolean isClaimedBy(String sender) {
        return status == OutboxStatus.SENDING && sender.equals(claimedBy);
    }

    /** The SMTP server took the mail. */
    public void sent(String sender, Instant at) {
        requireClaimBy(sender);
        status = OutboxStatus.SENT;
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    /** The attempt failed with {@code error}: the mail waits for the next attempt that {@code policy} gives. */
    public void failed(String sender, String error, Instant at, RetryPolicy policy) {
        requireClaimBy(sender);
        status = OutboxStatus.PENDING;
        claimedUntil = null;
        nextAttemptAt = policy.nextAttempt(attempts, at);
        String text = error == null ? "" : error;
        lastError = text.length() <= LONGEST_ERROR ? text : text.substring(0, LONGEST_ERROR);
    }

    private void requireClaimBy(String sender) {
        if (!isClaimedBy(sender)) {
            throw new IllegalStateException("Mail " + getId() + " is not claimed by " + sender);
        }
    }

    public MailMessage message() {
        return new MailMessage(recipient, subject, body);
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
