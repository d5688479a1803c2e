package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.AccountTokenRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaAccountTokenRepository extends JpaRepository<AccountToken> implements AccountTokenRepository {

    @Override
    public Optional<AccountToken> findByHash(String tokenHash) {
        return first("findByHash", "hash", tokenHash);
    }
}
