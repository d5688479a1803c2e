package no.lis.tender.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    /**
     * The account, with its row locked until the transaction ends: for counting a login attempt,
     * so that attempts in parallel (on any server) are all counted.
     */
    Optional<UserAccount> findByUsernameForUpdate(String username);

    /** The accounts with at least one failed login in a row, locked or not. */
    List<UserAccount> findWithFailedLogins();
    /** The accounts whose stored hash is one of {@code passwordHashes} (e.g. the published demo hashes). */
    List<UserAccount> findByPasswordHashIn(Collection<String> passwordHashes);

    /** The active accounts of the users who act for any of the suppliers {@code supplierIds}, by username. */
    List<UserAccount> findActiveBySupplierIds(Collection<Long> supplierIds);

    /** Whether any active account has {@code role}. */
    boolean anyActiveWith(Role role);

    /** The accounts whose e-mail address is {@code email}, compared without case. */
    List<UserAccount> findByEmail(String email);

    /** Every account of the users who act for the supplier {@code supplierId}, active or not, by username. */
    List<UserAccount> findBySupplierId(long supplierId);

    long count();

    UserAccount save(UserAccount user);

    /** Records that {@code username} logged in with her password at {@code now}; her version stays as it is. */
    void recordLogin(String username, Instant now);
}
