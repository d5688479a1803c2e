package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.application.ProposeRecommendationVersions;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Proposes next versions of the recommendations resting on agreements that have expired: a few
 * minutes after the start, then every hour, on the container's scheduled executor. An area whose
 * next version is being worked on gets none, so a second run (or server) proposes nothing more; two
 * servers at the same moment meet the unique version number, and the loser tries again next hour.
 */
@ApplicationScoped
public class RecommendationProposalTimer {

    private static final Logger LOG = Logger.getLogger(RecommendationProposalTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ProposeRecommendationVersions propose;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::run, 3, 60, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int proposed = propose.proposeForExpired();
            if (proposed > 0) {
                LOG.info(() -> proposed + " recommendation version(s) proposed after their agreements expired");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "proposing recommendation versions after expired agreements failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
