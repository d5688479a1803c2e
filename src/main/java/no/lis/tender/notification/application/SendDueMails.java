package no.lis.tender.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.notification.domain.MailGateway;
import no.lis.tender.notification.domain.MailGateway.MailFailure;
import no.lis.tender.notification.domain.MailMessage;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the outbox's sender: each due mail is claimed, handed to the SMTP server and recorded as
 * sent, or as failed for a later attempt. Runs outside any transaction (each step has its own); the
 * server's scheduler calls it on every node, and the claims keep two nodes from sending one mail twice.
 */
@ApplicationScoped
public class SendDueMails {

    /** Mails per round: a long queue drains over several rounds rather than holding a thread. */
    static final int ROUND = 50;
    private static final Logger LOG = Logger.getLogger(SendDueMails.class.getName());

    private final OutboxAttempts attempts;
    private final MailGateway gateway;

    @Inject
    public SendDueMails(OutboxAttempts attempts, MailGateway gateway) {
        this.attempts = attempts;
        this.gateway = gateway;
    }

    /** For the CDI proxy. */
    protected SendDueMails() {
        this(null, null);
    }

    /** Sends what is due as {@code sender} (this node's name); returns how many mails the SMTP server took. */
    public int sendDue(String sender) {
        int sent = 0;
        for (Long id : attempts.due(ROUND)) {
            Optional<MailMessage> claimed = attempts.claim(id, sender);
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                gateway.send(claimed.get());
            } catch (MailFailure failure) {
                LOG.log(Level.WARNING, "Mail {0} was not sent and will be tried again: {1}",
                        new Object[] {id, failure.getMessage()});
                attempts.failed(id, sender, failure.getMessage());
                // the server is likely down for the rest of the round too: the next round tries again
                break;
            }
            attempts.sent(id, sender);
            sent++;
        }
        return sent;
    }
}
