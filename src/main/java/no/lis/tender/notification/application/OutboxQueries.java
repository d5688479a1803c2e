package no.lis.tender.notification.application;

import jakarta.inject.Inject;
import no.lis.tender.notification.domain.NoticeKind;
import no.lis.tender.notification.domain.OutboxMail;
import no.lis.tender.notification.domain.OutboxRepository;
import no.lis.tender.notification.domain.OutboxStatus;
import no.lis.tender.shared.application.UseCase;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as an administrator reads it: every mail that was sent or is waiting, with its
 * recipient, subject, text and attempts. In the demo run, which has no SMTP server, this is what
 * would have been sent.
 */
@UseCase
public class OutboxQueries {

    /** How many of the newest mails the page and the API show. */
    public static final int NEWEST = 200;

    private final OutboxRepository outbox;

    @Inject
    public OutboxQueries(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** For the CDI proxy. */
    protected OutboxQueries() {
        this(null);
    }

    public List<OutboxRow> newest() {
        return outbox.findNewest(NEWEST).stream().map(OutboxRow::of).toList();
    }

    /** A mail of the outbox, newest first. */
    public record OutboxRow(Long id, NoticeKind kind, String username, String recipient, String subject, String body,
                            OutboxStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                            String lastError) implements Serializable {

        static OutboxRow of(OutboxMail mail) {
            return new OutboxRow(mail.getId(), mail.getKind(), mail.getUsername(), mail.getRecipient(), mail.getSubject(),
                    mail.getBody(), mail.getStatus(), mail.getAttempts(), mail.getCreatedAt(), mail.getNextAttemptAt(),
                    mail.getSentAt(), mail.getLastError());
        }
    }
}
