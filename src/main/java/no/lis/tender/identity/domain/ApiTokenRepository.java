package no.lis.tender.identity.domain;

import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    /** The token whose SHA-256 is {@code tokenHash}, with its owner. */
    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(long id);

    /** The tokens of {@code username}, newest first, revoked and expired ones included. */
    List<ApiToken> findByOwner(String username);

    ApiToken save(ApiToken token);
}
