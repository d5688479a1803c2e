package no.lis.tender.shared.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledRoundsTest {

    private final Logger log = Logger.getLogger(ScheduledRoundsTest.class.getName());
    private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    ScheduledRoundsTest() {
        log.setUseParentHandlers(false);
        log.addHandler(handler);
    }

    @AfterEach
    void tearDown() {
        log.removeHandler(handler);
        scheduler.shutdownNow();
    }

    @Test
    void aFailedRoundIsLoggedAsAWarningNotThrown() {
        ScheduledRounds rounds = new ScheduledRounds(log, "sending the outbox's mails failed");

        rounds.run(() -> {
            throw new IllegalStateException("database away");
        });

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).isEqualTo("sending the outbox's mails failed; the next round tries again");
            assertThat(record.getThrown()).hasMessage("database away");
        });
    }

    @Test
    void theScheduleGoesOnAfterAFailedRoundUntilItIsStopped() throws InterruptedException {
        ScheduledRounds rounds = new ScheduledRounds(log, "a round failed");
        AtomicInteger count = new AtomicInteger();
        CountDownLatch threeRounds = new CountDownLatch(3);

        rounds.start(scheduler, () -> {
            count.incrementAndGet();
            threeRounds.countDown();
            throw new IllegalStateException("every round fails");
        }, 0, 1, TimeUnit.MILLISECONDS);

        assertThat(threeRounds.await(5, TimeUnit.SECONDS)).isTrue();
        rounds.stop();
        Thread.sleep(100);
        int afterStop = count.get();
        Thread.sleep(50);
        assertThat(count.get()).isEqualTo(afterStop);
    }

    @Test
    void stoppingAScheduleNeverStartedDoesNothing() {
        new ScheduledRounds(log, "a round failed").stop();
        assertThat(logged).isEmpty();
    }
}
