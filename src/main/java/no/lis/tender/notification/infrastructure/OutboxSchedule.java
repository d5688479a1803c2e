package no.lis.tender.notification.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.lis.tender.notification.application.RemindOfDeadlines;
import no.lis.tender.notification.application.SendDueMails;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;
import no.lis.tender.shared.infrastructure.ScheduledRounds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code lis.mail.pollSeconds} on the server's managed scheduler, once the schema is ready: queues
 * the deadline reminders that are due, then runs the outbox's sender. Every node does; the reminders' rows
 * and the mails' claims decide which node does what. Without an SMTP host ({@code lis.mail.host} empty, as
 * in the demo run) nothing is sent and the mails stay in the outbox.
 */
@ApplicationScoped
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SendDueMails sendDueMails;

    @Inject
    RemindOfDeadlines remindOfDeadlines;

    /** Optional: MicroProfile Config reads an empty value (the default) as none at all. */
    @Inject
    @ConfigProperty(name = "lis.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lis.mail.pollSeconds", defaultValue = "10")
    int pollSeconds;

    /** This node, as the outbox records who claimed a mail: the process and a name unique to this start. */
    private final String sender = (ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8));
    /** A round that fails (the database away) must not end the schedule: the next round tries again. */
    private final ScheduledRounds rounds = new ScheduledRounds(LOG, "A round of the outbox's sender failed");
    private boolean sending;

    void onSchemaReady(@Observes SchemaReady ready) {
        sending = host.filter(name -> !name.isBlank()).isPresent();
        int seconds = Math.max(1, pollSeconds);
        rounds.start(scheduler, this::round, seconds, seconds, TimeUnit.SECONDS);
        if (sending) {
            LOG.info(() -> "Sending the outbox's mails through " + host.orElseThrow() + " every " + seconds + " s as " + sender);
        } else {
            LOG.info("lis.mail.host is not set: no mail is sent; notices stay in the outbox (docs/operations.md, E-mail).");
        }
    }

    private void round() {
        for (Long tenderId : remindOfDeadlines.due()) {
            remind(tenderId);
        }
        if (sending) {
            sendDueMails.sendDue(sender);
        }
    }

    private void remind(Long tenderId) {
        try {
            remindOfDeadlines.remind(tenderId);
        } catch (RuntimeException e) {
            // most likely another node reminded of the same deadline at the same moment (the unique key)
            LOG.log(Level.FINE, "Tender " + tenderId + "'s deadline reminder was not added", e);
        }
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }
}
