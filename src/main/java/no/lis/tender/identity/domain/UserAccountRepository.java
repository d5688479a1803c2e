package no.lis.tender.identity.domain;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    UserAccount save(UserAccount user);
}
