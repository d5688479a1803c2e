package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A user's own API tokens, as her page and the API list them (never the secret). */
@UseCase
public class ApiTokenQueries {

    private final ApiTokenRepository tokens;
    private final Clock clock;

    @Inject
    public ApiTokenQueries(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ApiTokenQueries() {
        this(null, null);
    }

    public List<TokenSummary> tokensOf(String username) {
        Instant now = clock.instant();
        return tokens.findByOwner(username).stream().map(token -> TokenSummary.of(token, now)).toList();
    }

    /** One token as its owner sees it. */
    public record TokenSummary(long id, String name, String hint, Instant createdAt, Instant expiresAt,
                               Instant lastUsedAt, ApiToken.Status status) implements java.io.Serializable {

        public static TokenSummary of(ApiToken token, Instant now) {
            return new TokenSummary(token.getId(), token.getName(), token.getHint(), token.getCreatedAt(),
                    token.getExpiresAt(), token.getLastUsedAt(), token.statusAt(now));
        }
    }
}
