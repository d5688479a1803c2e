package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository extends JpaRepository<ApiToken> implements ApiTokenRepository {

    /**
     * With the owner (and its roles, read eagerly), in a transaction of its own unless the caller has one: an
     * API call's authentication, before its use case. Why: {@link JpaUserAccountRepository#findByUsername}.
     */
    @Override
    @Transactional
    public Optional<ApiToken> findByHash(String tokenHash) {
        return first("findByHash", "hash", tokenHash);
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return findById(Long.valueOf(id));
    }

    @Override
    public List<ApiToken> findByOwner(String username) {
        return list("findByOwner", "username", username);
    }

    @Override
    public boolean recordUse(long id, Instant now, Instant staleBefore) {
        return em.createNamedQuery("ApiToken.recordUse").setParameter("id", id).setParameter("now", now)
                .setParameter("staleBefore", staleBefore).executeUpdate() > 0;
    }
}
