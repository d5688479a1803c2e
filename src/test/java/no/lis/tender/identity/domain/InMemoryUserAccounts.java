package no.lis.tender.identity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The user accounts of a unit test, in a list. */
public final class InMemoryUserAccounts implements UserAccountRepository {

    private final List<UserAccount> accounts = new ArrayList<>();

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.stream().filter(account -> account.getUsername().equals(username)).findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return accounts.stream().sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    @Override
    public Optional<UserAccount> findByUsernameForUpdate(String username) {
        return findByUsername(username);
    }

    @Override
    public List<UserAccount> findWithFailedLogins() {
        return findAll().stream().filter(account -> account.failedLogins().count() > 0).toList();
    }

    @Override
    public UserAccount save(UserAccount user) {
        if (!accounts.contains(user)) {
            accounts.add(user);
        }
        return user;
    }
}
