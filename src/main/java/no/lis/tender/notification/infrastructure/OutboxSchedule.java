package no.lis.tender.notification.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.lis.tender.notification.application.SendDueMails;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox's sender every {@code lis.mail.pollSeconds} on the server's managed scheduler, once the
 * schema is ready; every node does, and the claims decide which node sends which mail. Without an SMTP
 * host ({@code lis.mail.host} empty, as in the demo run) nothing is sent and the mails stay in the outbox.
 */
@ApplicationScoped
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SendDueMails sendDueMails;

    @Inject
    @ConfigProperty(name = "lis.mail.host", defaultValue = "")
    String host;

    @Inject
    @ConfigProperty(name = "lis.mail.pollSeconds", defaultValue = "10")
    int pollSeconds;

    /** This node, as the outbox records who claimed a mail: the process and a name unique to this start. */
    private final String sender = (ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8));
    private ScheduledFuture<?> rounds;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (host == null || host.isBlank()) {
            LOG.info("lis.mail.host is not set: no mail is sent; notices stay in the outbox (docs/operations.md, E-mail).");
            return;
        }
        int seconds = Math.max(1, pollSeconds);
        rounds = scheduler.scheduleWithFixedDelay(this::round, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Sending the outbox's mails through " + host + " every " + seconds + " s as " + sender);
    }

    private void round() {
        try {
            sendDueMails.sendDue(sender);
        } catch (RuntimeException e) {
            // a round that fails (the database away) must not end the schedule: the next round tries again
            LOG.log(Level.WARNING, "A round of the outbox's sender failed; the next one tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
