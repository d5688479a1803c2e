package no.lis.tender.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A personal API token: a program calls the API as its owner with {@code Authorization: Bearer
 * <token>}, with the owner's roles at the time of each call (a deactivated owner's tokens stop
 * working), until the token expires or the owner revokes it.
 *
 * <p>The token is 256 random bits, shown once when it is issued. Only its SHA-256 is stored: for a
 * secret this long a fast hash is as safe as a slow one (nobody can try 2^256 candidates), and it is
 * what makes a token cheap to check on every call, where a password costs a PBKDF2 of ~60 ms.
 */
@Entity
@Table(name = "IDN_API_TOKEN")
@NamedQuery(name = "ApiToken.findByHash",
        query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.recordUse", query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id "
        + "AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :staleBefore)")
@NamedQuery(name = "ApiToken.findByOwner",
        query = "SELECT t FROM ApiToken t WHERE t.owner.username = :username ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken extends Versioned {

    /** Marks the string as a LIS token, e.g. for secret scanners and for people reading logs. */
    public static final String PREFIX = "lis_";
    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 365;
    public static final int NAME_MAX = 60;
    /** How stale the last-used time may be before a call writes it again: one write a minute, not one a call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    /** The prefix and the first characters of the secret: enough to tell one's tokens apart, far too few to guess the rest. */
    private static final int HINT_LENGTH = PREFIX.length() + 6;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "USER_ID", nullable = false)
    private UserAccount owner;

    @Column(name = "NAME", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "HINT", nullable = false, length = 12)
    private String hint;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    protected ApiToken() {
    }

    private ApiToken(UserAccount owner, String name, String token, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = hashOf(token);
        this.hint = token.substring(0, HINT_LENGTH);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Issues a token to {@code owner} named {@code name} (what it is for, 1–60 characters), valid
     * for {@code validDays} (1–365; {@code null}: {@value #DEFAULT_VALID_DAYS}) from {@code now}.
     */
    public static Issued issue(UserAccount owner, String name, Integer validDays, Instant now) {
        Objects.requireNonNull(owner, "owner");
        String trimmed = name == null ? null : name.strip();
        int days = validDays == null ? DEFAULT_VALID_DAYS : validDays;
        Validation validation = new Validation();
        if (validation.required(trimmed, "name")) {
            validation.check(trimmed.length() <= NAME_MAX, "name", "token.name.tooLong", NAME_MAX);
        }
        validation.check(days >= 1 && days <= MAX_VALID_DAYS, "validDays", "token.validDays.range", MAX_VALID_DAYS);
        validation.throwIfInvalid();
        if (!owner.isActive()) {
            throw new DomainException(null, "token.owner.inactive");
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(owner, trimmed, token, now, now.plus(Duration.ofDays(days))), token);
    }

    /** The stored form of a token as presented by a caller. */
    public static String hashOf(String token) {
        return Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a call with this token at {@code now} is let in: neither revoked nor expired, and the owner active. */
    public boolean admitsAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && owner.isActive();
    }

    /**
     * Whether a call at {@code now} should be written down as the last use: the stored time is kept
     * to the minute, so that a busy program does not write on every call.
     */
    public boolean lastUseIsStaleAt(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION));
    }

    /** The moment before which a stored last use is stale at {@code now} (see {@link #lastUseIsStaleAt}). */
    public static Instant staleBefore(Instant now) {
        return now.minus(LAST_USED_PRECISION);
    }

    /** The owner withdraws the token; a revoked token stays listed, and revoking it again changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean belongsTo(String username) {
        return owner.getUsername().equals(username);
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    /** A token just issued, with its secret: the only moment the secret exists outside the caller's hands. */
    public record Issued(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "Issued[" + token.getHint() + "…]";
        }
    }
}
