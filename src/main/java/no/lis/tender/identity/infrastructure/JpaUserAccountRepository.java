package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository extends JpaRepository<UserAccount> implements UserAccountRepository {

    /**
     * In a transaction of its own unless the caller has one. Every page and API call asks for the caller's
     * account ({@code CurrentUser}) before its use case: read outside a transaction, the connection would
     * stay with the request to its end (Liberty's local transaction) while the use case's transaction took a
     * second one, and twenty such calls at once emptied the pool of twenty (docs/performance.md, "Deadline
     * rush"). The roles are read with the account.
     */
    @Override
    @Transactional
    public Optional<UserAccount> findByUsername(String username) {
        return first("findByUsername", "username", username);
    }

    @Override
    public List<UserAccount> findAll() {
        return list("findAll");
    }

    @Override
    public Optional<UserAccount> findByUsernameForUpdate(String username) {
        return named("findByUsername", "username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findWithFailedLogins() {
        return list("findWithFailedLogins");
    }

    @Override
    public List<UserAccount> findByPasswordHashIn(Collection<String> passwordHashes) {
        return list("findByPasswordHashes", "hashes", passwordHashes);
    }

    @Override
    public List<UserAccount> findActiveBySupplierIds(Collection<Long> supplierIds) {
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        return list("findActiveBySupplierIds", "supplierIds", supplierIds);
    }

    @Override
    public boolean anyActiveWith(Role role) {
        return query(Long.class, "UserAccount.countActiveWithRole", "role", role).getSingleResult() > 0;
    }

    @Override
    public List<UserAccount> findByEmail(String email) {
        return list("findByEmail", "email", email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public List<UserAccount> findBySupplierId(long supplierId) {
        return list("findBySupplierId", "supplierId", supplierId);
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    @Override
    public void recordLogin(String username, Instant now) {
        em.createQuery("UPDATE UserAccount u SET u.lastLoginAt = :now WHERE u.username = :username")
                .setParameter("now", now).setParameter("username", username).executeUpdate();
    }
}
