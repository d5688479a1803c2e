package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Usernames and passwords that were checked right in the last few minutes, so that a program
 * calling the API with HTTP Basic pays the PBKDF2 check (~60 ms) once per {@link #LIFETIME}, not
 * on every call. Nothing of the password is kept: an entry is found by an HMAC-SHA256 of the
 * username and password under a random key that exists only in this server's memory and changes
 * at every start. Only an exact match of a credential that was just verified hits; a wrong password
 * never does, so this changes nothing for guessing. Personal API tokens are the fast way in.
 */
@ApplicationScoped
public class RecentLogins {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final ConcurrentMap<String, Entry> verified = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CompletableFuture<LoginResult>> checking = new ConcurrentHashMap<>();

    public RecentLogins() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** Whether {@code username} with {@code password} was verified less than {@link #LIFETIME} before {@code now}. */
    boolean contains(String username, String password, Instant now) {
        Entry entry = verified.get(fingerprint(username, password));
        return entry != null && entry.username().equals(username) && now.isBefore(entry.expires());
    }

    /**
     * Runs {@code check} for this username and password, unless the very same credential is being
     * checked already: then waits for that check (at most one PBKDF2) and takes its result. A program
     * that sends many calls at once with HTTP Basic, when its credential is not remembered (at its
     * first call, or every {@link #LIFETIME}), thus pays one check, not one per call; and, as each
     * check counts as a failed attempt until the password is found right, its parallel calls do not
     * lock its own account.
     */
    LoginResult once(String username, String password, Supplier<LoginResult> check) {
        String fingerprint = fingerprint(username, password);
        CompletableFuture<LoginResult> mine = new CompletableFuture<>();
        CompletableFuture<LoginResult> running = checking.putIfAbsent(fingerprint, mine);
        if (running != null) {
            return running.join();
        }
        try {
            LoginResult result = check.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(fingerprint, mine);
        }
    }

    void remember(String username, String password, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint(username, password), new Entry(username, now.plus(LIFETIME)));
    }

    /** Forgets every verified password of {@code username} (e.g. the account was refused). */
    void forget(String username) {
        verified.values().removeIf(entry -> entry.username().equals(username));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private record Entry(String username, Instant expires) {
    }
}
