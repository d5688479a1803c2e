package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.application.ProposeRecommendationVersions;
import no.lis.tender.shared.infrastructure.ScheduledRounds;

import java.util.concurrent.TimeUnit;
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

    private final ScheduledRounds rounds =
            new ScheduledRounds(LOG, "proposing recommendation versions after expired agreements failed");

    void start(@Observes Startup startup) {
        rounds.start(scheduler, this::run, 3, 60, TimeUnit.MINUTES);
    }

    private void run() {
        int proposed = propose.proposeForExpired();
        if (proposed > 0) {
            LOG.info(() -> proposed + " recommendation version(s) proposed after their agreements expired");
        }
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }
}
