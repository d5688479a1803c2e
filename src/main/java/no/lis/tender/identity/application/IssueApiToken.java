package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.time.Clock;

/** A user makes a personal API token for a program of hers; she sees the secret this once. */
@UseCase
public class IssueApiToken {

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final Event<SecurityEvent> securityEvents;
    private final Clock clock;

    @Inject
    public IssueApiToken(UserAccountRepository users, ApiTokenRepository tokens, Event<SecurityEvent> securityEvents,
                         Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected IssueApiToken() {
        this(null, null, null, null);
    }

    /** Issues a token named {@code name} to {@code username}, valid {@code validDays} (null: 90). */
    public ApiToken.Issued issue(String username, String name, Integer validDays) {
        UserAccount owner = users.findByUsername(username)
                .orElseThrow(() -> new DomainException(null, "user.notFound"));
        ApiToken.Issued issued = ApiToken.issue(owner, name, validDays, clock.instant());
        tokens.save(issued.token());
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.API_TOKEN_ISSUED, username, "user:" + username,
                "token " + issued.token().getHint() + "… \"" + issued.token().getName() + "\" valid until "
                        + issued.token().getExpiresAt()));
        return issued;
    }
}
