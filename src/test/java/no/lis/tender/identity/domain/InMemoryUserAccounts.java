package no.lis.tender.identity.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

    /** How often an account was read to be changed (with its row locked, in the database). */
    public int lockingReads;

    @Override
    public Optional<UserAccount> findByUsernameForUpdate(String username) {
        lockingReads++;
        return findByUsername(username);
    }

    @Override
    public List<UserAccount> findWithFailedLogins() {
        return findAll().stream().filter(account -> account.failedLogins().count() > 0).toList();
    }

    @Override
    public List<UserAccount> findByPasswordHashIn(Collection<String> passwordHashes) {
        return findAll().stream().filter(account -> passwordHashes.contains(passwordHash(account))).toList();
    }

    @Override
    public List<UserAccount> findActiveBySupplierIds(Collection<Long> supplierIds) {
        return accounts.stream().filter(a -> a.isActive() && supplierIds.contains(a.getSupplierId()))
                .sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    @Override
    public boolean anyActiveWith(Role role) {
        return accounts.stream().anyMatch(account -> account.isActive() && account.has(role));
    }

    @Override
    public List<UserAccount> findByEmail(String email) {
        return findAll().stream().filter(a -> a.getEmail() != null && a.getEmail().equalsIgnoreCase(email.strip())).toList();
    }

    @Override
    public List<UserAccount> findBySupplierId(long supplierId) {
        return findAll().stream().filter(a -> Long.valueOf(supplierId).equals(a.getSupplierId())).toList();
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public UserAccount save(UserAccount user) {
        if (!accounts.contains(user)) {
            accounts.add(user);
        }
        return user;
    }

    @Override
    public void recordLogin(String username, Instant now) {
        findByUsername(username).ifPresent(account -> {
            try {
                var field = UserAccount.class.getDeclaredField("lastLoginAt");
                field.setAccessible(true);
                field.set(account, now);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The stored hash, which the domain never hands out (only the database query compares it). */
    public static String passwordHash(UserAccount account) {
        try {
            Field field = UserAccount.class.getDeclaredField("passwordHash");
            field.setAccessible(true);
            return (String) field.get(account);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
