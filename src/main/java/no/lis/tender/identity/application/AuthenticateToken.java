package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A call with {@code Authorization: Bearer <token>}: one SHA-256 and, at most every
 * {@link RecentTokens#LIFETIME}, one indexed read, instead of the ~60 ms PBKDF2 of a password. The
 * caller gets the owner's roles as they are now (or at most that long ago).
 *
 * <p>Not a {@code @UseCase}: the check itself only reads, and most calls are answered from
 * {@link RecentTokens} without a transaction. The last use is written, at most once a minute, by
 * {@link RecordTokenUse} in a transaction of its own; that bookkeeping never fails a call.
 */
@ApplicationScoped
public class AuthenticateToken {

    /** Set on a request made with a token: a token may not be used to make further tokens. */
    public static final String BEARER_ATTRIBUTE = AuthenticateToken.class.getName() + ".bearer";

    private static final Logger LOG = Logger.getLogger(AuthenticateToken.class.getName());

    private final ApiTokenRepository tokens;
    private final RecentTokens recent;
    private final RecordTokenUse recordUse;
    private final Clock clock;

    @Inject
    public AuthenticateToken(ApiTokenRepository tokens, RecentTokens recent, RecordTokenUse recordUse, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.recordUse = recordUse;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AuthenticateToken() {
        this(null, null, null, null);
    }

    /** The caller that {@code token} stands for, if it is a token that is neither expired nor revoked, of an active user. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = ApiToken.hashOf(token);
        Optional<Caller> known = recent.find(hash, now);
        if (known.isPresent()) {
            return known;
        }
        Optional<ApiToken> found = tokens.findByHash(hash).filter(candidate -> candidate.admitsAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken valid = found.get();
        Caller caller = new Caller(valid.getOwner().getUsername(), valid.getOwner().getRoles());
        recent.remember(hash, valid.getId(), caller, now, valid.getExpiresAt());
        if (valid.lastUseIsStaleAt(now)) {
            try {
                recordUse.record(valid.getId(), now);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the last use of an API token was not written", e);
            }
        }
        return Optional.of(caller);
    }
}
