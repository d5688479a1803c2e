package no.lis.tender.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    /** The accounts whose stored hash is one of {@code passwordHashes} (e.g. the published demo hashes). */
    List<UserAccount> findByPasswordHashIn(Collection<String> passwordHashes);

    /** Whether any active account has {@code role}. */
    boolean anyActiveWith(Role role);

    long count();

    UserAccount save(UserAccount user);
}
