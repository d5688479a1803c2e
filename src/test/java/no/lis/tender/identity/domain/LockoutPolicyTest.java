package no.lis.tender.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockoutPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void fourWrongPasswordsCostNothingAndTheFifthLocksTheAccountForAMinute() {
        FailedLogins count = fail(FailedLogins.NONE, 4, LockoutPolicy.ACCOUNT);
        assertThat(count.lockedAt(NOW)).isFalse();

        FailedLogins fifth = count.afterFailure(NOW, LockoutPolicy.ACCOUNT);

        assertThat(fifth.locks()).isTrue();
        assertThat(fifth.retryAfter(NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(fifth.lockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(fifth.lockedAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitUpToADay() {
        assertThat(LockoutPolicy.ACCOUNT.delayAfter(6)).contains(Duration.ofMinutes(2));
        assertThat(LockoutPolicy.ACCOUNT.delayAfter(7)).contains(Duration.ofMinutes(4));
        assertThat(LockoutPolicy.ACCOUNT.delayAfter(15)).contains(Duration.ofMinutes(1024));
        assertThat(LockoutPolicy.ACCOUNT.delayAfter(16)).contains(Duration.ofDays(1));
        assertThat(LockoutPolicy.ACCOUNT.delayAfter(1_000_000)).contains(Duration.ofDays(1));
    }

    @Test
    void anAddressMayFailTwentyTimesAcrossUsernamesBeforeItWaitsTenSecondsThenLonger() {
        assertThat(LockoutPolicy.ADDRESS.delayAfter(19)).isEmpty();
        assertThat(LockoutPolicy.ADDRESS.delayAfter(20)).contains(Duration.ofSeconds(10));
        assertThat(LockoutPolicy.ADDRESS.delayAfter(21)).contains(Duration.ofSeconds(20));
        assertThat(LockoutPolicy.ADDRESS.delayAfter(40)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aFailureAfterTheLockHasRunOutLocksAgainForTwiceAsLong() {
        FailedLogins locked = fail(FailedLogins.NONE, 5, LockoutPolicy.ACCOUNT);
        Instant later = NOW.plus(Duration.ofMinutes(1));

        FailedLogins again = locked.afterFailure(later, LockoutPolicy.ACCOUNT);

        assertThat(again.count()).isEqualTo(6);
        assertThat(again.retryAfter(later)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aCountQuietForADayStartsAgainFromOne() {
        FailedLogins four = fail(FailedLogins.NONE, 4, LockoutPolicy.ACCOUNT);
        Instant nextDay = NOW.plus(Duration.ofDays(1));

        assertThat(four.forgottenAt(nextDay, LockoutPolicy.ACCOUNT)).isTrue();
        assertThat(four.afterFailure(nextDay, LockoutPolicy.ACCOUNT).count()).isEqualTo(1);
        assertThat(four.afterFailure(nextDay.minusSeconds(1), LockoutPolicy.ACCOUNT).count()).isEqualTo(5);
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        FailedLogins locked = new FailedLogins(5, NOW, NOW.plusSeconds(60));

        assertThat(locked.retryAfter(NOW.plusMillis(500))).isEqualTo(Duration.ofSeconds(60));
        assertThat(locked.retryAfter(NOW.plusSeconds(60))).isZero();
    }

    @Test
    void aPolicyThatWouldNeverWaitOrShrinksItsWaitsIsRefused() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1), Duration.ofDays(1), Duration.ofDays(1)))
                .hasMessageContaining("freeFailures");
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1)))
                .hasMessageContaining("first delay");
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)))
                .hasMessageContaining("longest delay");
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofDays(1), Duration.ofSeconds(-1)))
                .hasMessageContaining("forgetAfter");
    }

    private static FailedLogins fail(FailedLogins start, int times, LockoutPolicy policy) {
        FailedLogins count = start;
        for (int i = 0; i < times; i++) {
            count = count.afterFailure(NOW, policy);
        }
        return count;
    }
}
