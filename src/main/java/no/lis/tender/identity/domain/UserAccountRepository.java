package no.lis.tender.identity.domain;

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

    UserAccount save(UserAccount user);
}
