package no.lis.tender.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theWaitDoublesAfterEachFailureInARow() {
        assertThat(policy.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.waitAfter(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theWaitStopsGrowingAtTheLongestAndNeverOverflows() {
        assertThat(policy.waitAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.waitAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptIsTheWaitAfterTheFailure() {
        Instant failedAt = Instant.parse("2026-12-06T10:00:00Z");
        assertThat(policy.nextAttempt(2, failedAt)).isEqualTo(Instant.parse("2026-12-06T10:01:00Z"));
    }

    @Test
    void aPolicyWithoutAWaitOrWithALongestBelowTheFirstIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
