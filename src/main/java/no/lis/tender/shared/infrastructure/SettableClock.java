package no.lis.tender.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows the system clock shifted by an offset. In production the offset is always
 * zero; only the test-only endpoint ({@code lis.testing=true}) can change it.
 */
public final class SettableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SettableClock(Clock base) {
        this.base = base;
    }

    void shiftTo(Instant now) {
        offset.set(Duration.between(base.instant(), now));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return base.withZone(zone).equals(base) ? this : Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
