package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.time.Clock;

/** A user withdraws one of her API tokens; calls with it are refused from then on. */
@UseCase
public class RevokeApiToken {

    private final ApiTokenRepository tokens;
    private final RecentTokens recent;
    private final Event<SecurityEvent> securityEvents;
    private final Clock clock;

    @Inject
    public RevokeApiToken(ApiTokenRepository tokens, RecentTokens recent, Event<SecurityEvent> securityEvents,
                          Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RevokeApiToken() {
        this(null, null, null, null);
    }

    /** Revokes token {@code id} of {@code username}; another user's token is as absent as an unknown one. */
    public void revoke(String username, long id) {
        ApiToken token = tokens.findById(id).filter(found -> found.belongsTo(username))
                .orElseThrow(() -> new DomainException(null, "token.notFound"));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            recent.forget(id);
            securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.API_TOKEN_REVOKED, username, "user:" + username,
                    "token " + token.getHint() + "… \"" + token.getName() + "\""));
        }
    }
}
