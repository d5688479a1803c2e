package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.application.ExpirePriceAccess;
import no.lis.tender.shared.infrastructure.ScheduledRounds;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Ends the grants of priced access whose last day has passed: a minute after the start, then every
 * hour, on the container's scheduled executor. Every server runs it; a grant ended by one is not
 * ended again by the other.
 */
@ApplicationScoped
public class PriceAccessExpiry {

    private static final Logger LOG = Logger.getLogger(PriceAccessExpiry.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ExpirePriceAccess expire;

    private final ScheduledRounds rounds =
            new ScheduledRounds(LOG, "ending the expired grants of priced access failed");

    void start(@Observes Startup startup) {
        rounds.start(scheduler, this::run, 1, 60, TimeUnit.MINUTES);
    }

    private void run() {
        int ended = expire.expireDue();
        if (ended > 0) {
            LOG.info(() -> ended + " grant(s) of priced access ended after their last day");
        }
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }
}
