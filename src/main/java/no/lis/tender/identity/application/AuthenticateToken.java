package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A call with {@code Authorization: Bearer <token>}: one SHA-256 and, at most every
 * {@link RecentTokens#LIFETIME}, one indexed read, instead of the ~60 ms PBKDF2 of a password. The
 * caller gets the owner's roles as they are now (or at most that long ago). The last use is
 * written at most once a minute.
 */
@UseCase
public class AuthenticateToken {

    /** Set on a request made with a token: a token may not be used to make further tokens. */
    public static final String BEARER_ATTRIBUTE = AuthenticateToken.class.getName() + ".bearer";

    private final ApiTokenRepository tokens;
    private final RecentTokens recent;
    private final Clock clock;

    @Inject
    public AuthenticateToken(ApiTokenRepository tokens, RecentTokens recent, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AuthenticateToken() {
        this(null, null, null);
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
        return tokens.findByHash(hash).filter(found -> found.admitsAt(now)).map(found -> {
            found.usedAt(now);
            Caller caller = new Caller(found.getOwner().getUsername(), found.getOwner().getRoles());
            recent.remember(hash, found.getId(), caller, now, found.getExpiresAt());
            return caller;
        });
    }
}
