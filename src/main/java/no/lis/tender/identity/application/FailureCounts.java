package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.FailedLogins;
import no.lis.tender.identity.domain.LockoutPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins per key (a network address, a username), kept in this server's memory under one
 * {@link LockoutPolicy}. Each update is atomic per key, so parallel attempts are all counted.
 * Counts that no longer matter are dropped when the map grows, so that a flood of made-up keys
 * cannot fill the memory.
 */
final class FailureCounts {

    static final int PRUNE_ABOVE = 10_000;
    static final int HARD_LIMIT = 200_000;

    private final LockoutPolicy policy;
    private final ConcurrentMap<String, FailedLogins> counts = new ConcurrentHashMap<>();

    FailureCounts(LockoutPolicy policy) {
        this.policy = policy;
    }

    /** How long {@code key} must still wait at {@code now}; zero: it may try. */
    Duration waitFor(String key, Instant now) {
        FailedLogins count = counts.get(key);
        return count == null ? Duration.ZERO : count.retryAfter(now);
    }

    /** Counts one failure of {@code key} at {@code now}, unless it is locked then; returns the count after. */
    FailedLogins fail(String key, Instant now) {
        prune(now);
        return counts.compute(key, (k, count) -> {
            FailedLogins before = count == null ? FailedLogins.NONE : count;
            return before.lockedAt(now) ? before : before.afterFailure(now, policy);
        });
    }

    /** Takes back the failure counted in advance by {@link #fail} (the password was right after all). */
    void clear(String key) {
        counts.remove(key);
    }

    FailedLogins current(String key) {
        return counts.getOrDefault(key, FailedLogins.NONE);
    }

    int size() {
        return counts.size();
    }

    private void prune(Instant now) {
        if (counts.size() <= PRUNE_ABOVE) {
            return;
        }
        counts.values().removeIf(count -> count.forgottenAt(now, policy));
        if (counts.size() > HARD_LIMIT) {
            // a flood of distinct keys that are all still counting: better forget unlocked counts than run out of memory
            counts.values().removeIf(count -> !count.lockedAt(now));
        }
    }
}
