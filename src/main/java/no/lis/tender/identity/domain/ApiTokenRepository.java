package no.lis.tender.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    /** The token whose SHA-256 is {@code tokenHash}, with its owner. */
    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(long id);

    /** The tokens of {@code username}, newest first, revoked and expired ones included. */
    List<ApiToken> findByOwner(String username);

    ApiToken save(ApiToken token);

    /**
     * Writes {@code now} as the last use of token {@code id} unless a use at or after
     * {@code staleBefore} is stored already: one conditional update, which calls in parallel with
     * the same token cannot turn into a conflict. Returns whether it wrote.
     */
    boolean recordUse(long id, Instant now, Instant staleBefore);
}
