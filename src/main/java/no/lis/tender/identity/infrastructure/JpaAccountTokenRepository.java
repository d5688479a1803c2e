package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.AccountTokenRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaAccountTokenRepository implements AccountTokenRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<AccountToken> findByHash(String tokenHash) {
        return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public AccountToken save(AccountToken token) {
        if (token.getId() == null) {
            em.persist(token);
            return token;
        }
        return em.merge(token);
    }
}
