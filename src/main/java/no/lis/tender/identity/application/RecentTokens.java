package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * API tokens found valid in the last {@link #LIFETIME}, by their SHA-256, so that a busy program's
 * calls cost no database read at all. A revocation on this server takes effect at once (it forgets
 * the token here); on another server sharing the database, and for an owner deactivated meanwhile,
 * within {@link #LIFETIME}. Expiry is never passed over: an entry lives no longer than its token.
 */
@ApplicationScoped
public class RecentTokens {

    static final Duration LIFETIME = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentMap<String, Entry> valid = new ConcurrentHashMap<>();

    Optional<Caller> find(String tokenHash, Instant now) {
        Entry entry = valid.get(tokenHash);
        return entry != null && now.isBefore(entry.until()) ? Optional.of(entry.caller()) : Optional.empty();
    }

    void remember(String tokenHash, long tokenId, Caller caller, Instant now, Instant expiresAt) {
        if (valid.size() >= MAX_ENTRIES) {
            valid.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (valid.size() >= MAX_ENTRIES) {
                valid.clear();
            }
        }
        Instant until = now.plus(LIFETIME);
        valid.put(tokenHash, new Entry(tokenId, caller, until.isBefore(expiresAt) ? until : expiresAt));
    }

    /** Token {@code tokenId} was revoked: the next call with it is checked against the database. */
    void forget(long tokenId) {
        valid.values().removeIf(entry -> entry.tokenId() == tokenId);
    }

    private record Entry(long tokenId, Caller caller, Instant until) {
    }
}
