package no.lis.tender.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A link sent by e-mail that proves its reader holds the address: to verify the address of a supplier's
 * first user, to accept an invitation, or to reset a password. 256 random bits, of which only the SHA-256
 * is stored (as for {@link ApiToken}); used once, and only until it expires. A token that is unknown, used,
 * expired or meant for something else gets one and the same answer, so the answer tells nothing.
 */
@Entity
@Table(name = "IDN_ACCOUNT_TOKEN")
@NamedQuery(name = "AccountToken.findByHash", query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
public class AccountToken extends Versioned {

    /** What a token is for, and how long its link works. */
    public enum Purpose {
        /** The first user of a registered supplier proves her address. */
        VERIFY_EMAIL(Duration.ofHours(48)),
        /** A colleague invited by the supplier's manager chooses her password. */
        INVITATION(Duration.ofDays(7)),
        /** A user who forgot her password chooses another; short, since the mailbox may be read by others. */
        PASSWORD_RESET(Duration.ofHours(1));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    /** Longer than any token made here by far: such a text is refused without hashing it. */
    public static final int LONGEST_SECRET = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "USERNAME", nullable = false, length = 60)
    private String username;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(Purpose purpose, String username, String secret, Instant now) {
        this.purpose = purpose;
        this.username = username;
        this.tokenHash = ApiToken.hashOf(secret);
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A new token for {@code user}, valid from {@code now} for as long as its purpose allows. */
    public static Issued issue(Purpose purpose, UserAccount user, Instant now) {
        Objects.requireNonNull(purpose, "purpose");
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new AccountToken(purpose, user.getUsername(), text, now), text);
    }

    /** The stored form of a token as it came back in a link; {@code null} for a text no token can be. */
    public static String hashOf(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > LONGEST_SECRET) {
            return null;
        }
        return ApiToken.hashOf(secret.strip());
    }

    /**
     * Uses the token at {@code now} for {@code expected}: from then on it works no more.
     *
     * @return the username it was issued to
     * @throws DomainException {@code token.invalid} when it is used, expired or for something else
     */
    public String use(Purpose expected, Instant now) {
        if (purpose != expected || usedAt != null || !now.isBefore(expiresAt)) {
            throw invalid();
        }
        usedAt = now;
        return username;
    }

    /** The one answer for a token that does not work, whatever the reason. */
    public static DomainException invalid() {
        return new DomainException("token", "account.token.invalid");
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getUsername() {
        return username;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /**
     * A token just issued with its secret, which exists only here and in the link that is mailed.
     */
    public record Issued(AccountToken token, String secret) {

        @Override
        public String toString() {
            return "Issued[" + token.getPurpose() + " for " + token.getUsername() + "]";
        }
    }
}
