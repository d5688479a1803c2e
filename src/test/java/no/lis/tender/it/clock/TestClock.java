package no.lis.tender.it.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved by an offset that integration tests set, to cross a deadline without
 * waiting. Only in the integration tests' deployment, never in the WAR that is built.
 */
public final class TestClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    /** The instant the request on this thread is processed at, where a test asked for one ({@link ProcessingTimeFilter}). */
    private final ThreadLocal<Instant> processingAt = new ThreadLocal<>();

    TestClock(Clock base) {
        this.base = base;
    }

    /** From now on the clock reads {@code now} and runs on from there. */
    void moveTo(Instant now) {
        offset.set(Duration.between(base.instant(), now));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    /** Until {@link #unpin}, the clock reads {@code instant} on this thread only. */
    void pin(Instant instant) {
        processingAt.set(instant);
    }

    void unpin() {
        processingAt.remove();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        Instant pinned = processingAt.get();
        return pinned != null ? pinned : base.instant().plus(offset.get());
    }
}
