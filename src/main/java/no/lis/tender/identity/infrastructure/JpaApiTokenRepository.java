package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> findByOwner(String username) {
        return em.createNamedQuery("ApiToken.findByOwner", ApiToken.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public boolean recordUse(long id, Instant now, Instant staleBefore) {
        return em.createNamedQuery("ApiToken.recordUse").setParameter("id", id).setParameter("now", now)
                .setParameter("staleBefore", staleBefore).executeUpdate() > 0;
    }

    @Override
    public ApiToken save(ApiToken token) {
        if (token.getId() == null) {
            em.persist(token);
            return token;
        }
        return em.merge(token);
    }
}
