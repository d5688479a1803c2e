package no.lis.tender.identity.domain;

import java.util.Optional;

public interface AccountTokenRepository {

    /** The token whose SHA-256 is {@code tokenHash}. */
    Optional<AccountToken> findByHash(String tokenHash);

    AccountToken save(AccountToken token);
}
