package no.lis.tender.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.notification.domain.MailText;
import no.lis.tender.notification.domain.NoticeFacts;
import no.lis.tender.notification.domain.NoticeKind;
import no.lis.tender.notification.domain.NoticePreferencesRepository;
import no.lis.tender.notification.domain.OutboxMail;
import no.lis.tender.notification.domain.OutboxRepository;
import no.lis.tender.notification.domain.Recipient;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a notice into the outbox, one mail per address, for each recipient who has not turned its kind
 * off. Joins the transaction of the change the notice tells of: the mails are written with it or not at all.
 */
@ApplicationScoped
@Transactional
public class QueueNotice {

    private final OutboxRepository outbox;
    private final NoticePreferencesRepository preferences;
    private final MailLinks links;
    private final Clock clock;

    @Inject
    public QueueNotice(OutboxRepository outbox, NoticePreferencesRepository preferences, MailLinks links, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.links = links;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected QueueNotice() {
        this(null, null, null, null);
    }

    /** Returns how many mails were queued. */
    public int queue(NoticeKind kind, Collection<Recipient> recipients, NoticeFacts facts) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            if (!recipient.email().isBlank()) {
                byAddress.putIfAbsent(recipient.email().strip().toLowerCase(Locale.ROOT), recipient);
            }
        }
        MailText text = MailText.of(kind, facts, links.choices());
        Instant now = clock.instant();
        int queued = 0;
        for (Recipient recipient : byAddress.values()) {
            boolean wanted = preferences.findByUsername(recipient.username()).map(p -> p.wants(kind)).orElse(true);
            if (wanted) {
                outbox.add(OutboxMail.queue(kind, recipient, text, now));
                queued++;
            }
        }
        return queued;
    }
}
