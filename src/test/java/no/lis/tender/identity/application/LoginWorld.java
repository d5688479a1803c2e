package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.identity.domain.FakePasswordHashing;
import no.lis.tender.identity.domain.InMemoryUserAccounts;
import no.lis.tender.identity.domain.LoginPolicies;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.MovableClock;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.SecurityEvent;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The identity context of a unit test: accounts, tokens, a clock that the test moves, and a PBKDF2 that counts its checks. */
final class LoginWorld {

    static final String PASSWORD = "Riktig-passord-1";
    static final String ADDRESS = "192.0.2.10";

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    final InMemoryUserAccounts users = new InMemoryUserAccounts();
    final InMemoryTokens tokens = new InMemoryTokens();
    final CountingHashing passwords = new CountingHashing();
    final RecordedEvents<SecurityEvent> securityEvents = new RecordedEvents<>();
    final LoginThrottle throttle;
    final LoginAttempts attempts;
    final LogIn logIn;

    LoginWorld() {
        this(LoginPolicies.DEFAULT);
    }

    /** With the throttles an operator has set. */
    LoginWorld(LoginPolicies policies) {
        throttle = new LoginThrottle(policies);
        attempts = new LoginAttempts(users, throttle, policies);
        logIn = new LogIn(attempts, throttle, new RecentLogins(), passwords, securityEvents, clock);
        logIn.makeDummyHash();
        passwords.checks = 0;
    }

    UserAccount user(String username, Role role) {
        return users.save(new UserAccount(username, username, null, passwords.hash(PASSWORD), Set.of(role), null));
    }

    LoginResult attempt(String username, String password) {
        return logIn.attempt(username, password, ADDRESS);
    }

    /** A PBKDF2 stand-in that says how often a password was checked. */
    static final class CountingHashing implements PasswordHashing {
        private final FakePasswordHashing fake = new FakePasswordHashing();
        int checks;
        /** How long a check takes, as PBKDF2 takes ~60 ms: for tests of calls in parallel. */
        Duration slowness = Duration.ZERO;

        @Override
        public String hash(String password) {
            return fake.hash(password);
        }

        @Override
        public synchronized boolean matches(String password, String storedHash) {
            checks++;
            try {
                Thread.sleep(slowness.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fake.matches(password, storedHash);
        }
    }

    static final class InMemoryTokens implements ApiTokenRepository {
        private final List<ApiToken> tokens = new ArrayList<>();
        int reads;

        @Override
        public Optional<ApiToken> findByHash(String tokenHash) {
            reads++;
            return tokens.stream().filter(t -> hashOf(t).equals(tokenHash)).findFirst();
        }

        @Override
        public Optional<ApiToken> findById(long id) {
            return tokens.stream().filter(t -> t.getId() == id).findFirst();
        }

        @Override
        public List<ApiToken> findByOwner(String username) {
            return tokens.stream().filter(t -> t.belongsTo(username)).toList();
        }

        int useWrites;

        @Override
        public boolean recordUse(long id, Instant now, Instant staleBefore) {
            ApiToken token = findById(id).orElseThrow();
            if (token.getLastUsedAt() != null && !token.getLastUsedAt().isBefore(staleBefore)) {
                return false;
            }
            set(token, "lastUsedAt", now);
            useWrites++;
            return true;
        }

        @Override
        public ApiToken save(ApiToken token) {
            if (!tokens.contains(token)) {
                set(token, "id", (long) tokens.size() + 1);
                tokens.add(token);
            }
            return token;
        }

        private static String hashOf(ApiToken token) {
            try {
                Field field = ApiToken.class.getDeclaredField("tokenHash");
                field.setAccessible(true);
                return (String) field.get(token);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void set(Object entity, String name, Object value) {
            Stored.set(entity, name, value);
        }
    }
}
