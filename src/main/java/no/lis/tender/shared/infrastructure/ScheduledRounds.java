package no.lis.tender.shared.infrastructure;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rounds of a job that every node runs on the container's managed scheduler (the outbox, the end of
 * priced access, the proposed recommendation versions): at a fixed delay from start-up until the
 * application stops. A round that fails (the database away) is logged as a warning and does not end the
 * schedule, as an exception escaping a scheduled task would: the next round tries again.
 */
public final class ScheduledRounds {

    private final Logger log;
    private final String failure;
    private ScheduledFuture<?> task;

    /** {@code failure} is what the warning says when a round fails, e.g. "sending the outbox's mails failed". */
    public ScheduledRounds(Logger log, String failure) {
        this.log = log;
        this.failure = failure;
    }

    /** Runs {@code round} after {@code initialDelay}, then {@code delay} after the end of each round. */
    public void start(ScheduledExecutorService scheduler, Runnable round, long initialDelay, long delay,
                      TimeUnit unit) {
        task = scheduler.scheduleWithFixedDelay(() -> run(round), initialDelay, delay, unit);
    }

    /** One round, its failure logged rather than thrown. */
    void run(Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, failure + "; the next round tries again", e);
        }
    }

    /** Ends the schedule (at the application's stop); a round under way runs to its end. */
    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
