package no.lis.tender.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineReminderTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-10T11:00:00Z");

    @Test
    void aDeadlineIsRemindedOfFrom48HoursBeforeUntilItPasses() {
        assertThat(DeadlineReminder.isDue(DEADLINE, DEADLINE.minus(Duration.ofHours(48)).minusSeconds(1))).isFalse();
        assertThat(DeadlineReminder.isDue(DEADLINE, DEADLINE.minus(Duration.ofHours(48)))).isTrue();
        assertThat(DeadlineReminder.isDue(DEADLINE, DEADLINE.minusSeconds(1))).isTrue();
        assertThat(DeadlineReminder.isDue(DEADLINE, DEADLINE)).isFalse();
        assertThat(DeadlineReminder.isDue(null, DEADLINE)).isFalse();
    }

    @Test
    void aReminderOutsideTheWindowIsNotMade() {
        assertThatThrownBy(() -> DeadlineReminder.of(1L, DEADLINE, DEADLINE.minus(Duration.ofDays(3))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(DeadlineReminder.of(1L, DEADLINE, DEADLINE.minus(Duration.ofHours(47))).getDeadline()).isEqualTo(DEADLINE);
    }
}
