package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.identity.domain.AccountLinkSent;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.AccountTokenRepository;
import no.lis.tender.identity.domain.UserAccount;

import java.time.Clock;

/**
 * Issues a token for a user, stores its hash and has the link mailed (through {@link AccountLinkSent},
 * which notification turns into an outbox mail in the same transaction); and takes a token back from a
 * link, once. Joins the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class AccountLinks {

    private final AccountTokenRepository tokens;
    private final Event<AccountLinkSent> links;
    private final Clock clock;

    @Inject
    public AccountLinks(AccountTokenRepository tokens, Event<AccountLinkSent> links, Clock clock) {
        this.tokens = tokens;
        this.links = links;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AccountLinks() {
        this(null, null, null);
    }

    /** Mails {@code user} a link for {@code purpose}, concerning {@code about} (a company's name, or empty). */
    public void send(AccountToken.Purpose purpose, UserAccount user, String about) {
        AccountToken.Issued issued = AccountToken.issue(purpose, user, clock.instant());
        tokens.save(issued.token());
        links.fire(new AccountLinkSent(purpose, user.getUsername(), user.getFullName(), user.getEmail(), issued.secret(),
                about == null ? "" : about));
    }

    /**
     * Uses the token of a link for {@code purpose}.
     *
     * @return the username it was issued to
     * @throws no.lis.tender.shared.domain.DomainException {@code account.token.invalid} for a token unknown,
     *         used, expired or meant for something else: the same answer for all
     */
    public String use(AccountToken.Purpose purpose, String secret) {
        String hash = AccountToken.hashOf(secret);
        if (hash == null) {
            throw AccountToken.invalid();
        }
        return tokens.findByHash(hash).orElseThrow(AccountToken::invalid).use(purpose, clock.instant());
    }
}
