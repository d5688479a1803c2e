package no.lis.tender.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.notification.domain.MailMessage;
import no.lis.tender.notification.domain.OutboxMail;
import no.lis.tender.notification.domain.OutboxRepository;
import no.lis.tender.notification.domain.RetryPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's side of one attempt to send a mail, each step in a short transaction of its own, so that
 * no transaction is open while the SMTP server is talked to: claim the mail, then record that it was sent
 * or that the attempt failed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxAttempts {

    /** How long a claim holds: far longer than an SMTP conversation with its time-outs (docs/operations.md). */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final OutboxRepository outbox;
    private final Clock clock;
    private final RetryPolicy policy;

    @Inject
    public OutboxAttempts(OutboxRepository outbox, Clock clock) {
        this(outbox, clock, RetryPolicy.STANDARD);
    }

    OutboxAttempts(OutboxRepository outbox, Clock clock, RetryPolicy policy) {
        this.outbox = outbox;
        this.clock = clock;
        this.policy = policy;
    }

    /** For the CDI proxy. */
    protected OutboxAttempts() {
        this(null, null, null);
    }

    /** The ids of up to {@code limit} mails due now. */
    public List<Long> due(int limit) {
        return outbox.findDueIds(clock.instant(), limit);
    }

    /** The mail {@code id}, claimed by {@code sender}; empty when it is no longer due, e.g. another sender claimed it first. */
    public Optional<MailMessage> claim(Long id, String sender) {
        Instant now = clock.instant();
        return outbox.find(id).filter(mail -> mail.isDueAt(now)).flatMap(mail -> {
            mail.claim(sender, now, LEASE);
            return outbox.storeClaim(mail) ? Optional.of(mail.message()) : Optional.empty();
        });
    }

    public void sent(Long id, String sender) {
        mail(id, sender).ifPresent(mail -> mail.sent(sender, clock.instant()));
    }

    public void failed(Long id, String sender, String error) {
        mail(id, sender).ifPresent(mail -> mail.failed(sender, error, clock.instant(), policy));
    }

    /** The mail while {@code sender} still holds it (a claim that outlived its lease may have passed to another sender). */
    private Optional<OutboxMail> mail(Long id, String sender) {
        return outbox.find(id).filter(mail -> mail.isClaimedBy(sender));
    }
}
