package no.lis.tender.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountLockoutTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final UserAccount kari = new UserAccount("kari", "Kari Nordmann", null, "hash", Set.of(Role.BUYER), null);

    @Test
    void theFifthCountedAttemptLocksTheAccountForAMinute() {
        for (int i = 0; i < 4; i++) {
            assertThat(kari.countLoginAttempt(NOW, LockoutPolicy.ACCOUNT).locks()).isFalse();
        }
        assertThat(kari.countLoginAttempt(NOW, LockoutPolicy.ACCOUNT).locks()).isTrue();
        assertThat(kari.isLockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(kari.isLockedAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void aLockedAccountCannotBeCountedAgainUntilTheLockRunsOut() {
        lock(kari);
        assertThatThrownBy(() -> kari.countLoginAttempt(NOW.plusSeconds(30), LockoutPolicy.ACCOUNT)).isInstanceOf(IllegalStateException.class);
        assertThat(kari.failedLogins().count()).isEqualTo(5);
    }

    @Test
    void aRightPasswordClearsTheFailuresBeforeIt() {
        kari.countLoginAttempt(NOW, LockoutPolicy.ACCOUNT);
        kari.countLoginAttempt(NOW, LockoutPolicy.ACCOUNT);

        kari.loggedIn();

        assertThat(kari.failedLogins()).isEqualTo(FailedLogins.NONE);
    }

    @Test
    void anAdministratorLiftsALockAtOnce() {
        lock(kari);

        kari.liftLockout();

        assertThat(kari.isLockedAt(NOW)).isFalse();
        assertThat(kari.countLoginAttempt(NOW, LockoutPolicy.ACCOUNT).count()).isEqualTo(1);
    }

    private static void lock(UserAccount account) {
        for (int i = 0; i < 5; i++) {
            account.countLoginAttempt(NOW, LockoutPolicy.ACCOUNT);
        }
        assertThat(account.isLockedAt(NOW)).isTrue();
    }
}
