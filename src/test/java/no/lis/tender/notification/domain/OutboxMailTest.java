package no.lis.tender.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final OutboxMail mail = OutboxMail.queue(NoticeKind.ANSWER_PUBLISHED,
            new Recipient("sandoz", "anbud@sandoz.example"), new MailText("Emne", "Tekst"), NOW);

    @Test
    void aQueuedMailIsDueAtOnceAndGoesToItsRecipient() {
        assertThat(mail.isDueAt(NOW)).isTrue();
        assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.message()).isEqualTo(new MailMessage("anbud@sandoz.example", "Emne", "Tekst"));
    }

    @Test
    void aClaimedMailIsNotDueForAnotherSenderWhileTheLeaseHolds() {
        mail.claim("node-a", NOW, LEASE);

        assertThat(mail.isClaimedBy("node-a")).isTrue();
        assertThat(mail.isClaimedBy("node-b")).isFalse();
        assertThat(mail.isDueAt(NOW.plus(LEASE))).isFalse();
        assertThatThrownBy(() -> mail.claim("node-b", NOW.plusSeconds(1), LEASE)).isInstanceOf(IllegalStateException.class);
        assertThat(mail.getAttempts()).isEqualTo(1);
    }

    @Test
    void aClaimWhoseSenderDiedExpiresAndTheMailIsDueAgain() {
        mail.claim("node-a", NOW, LEASE);

        Instant afterLease = NOW.plus(LEASE).plusSeconds(1);
        assertThat(mail.isDueAt(afterLease)).isTrue();
        mail.claim("node-b", afterLease, LEASE);
        assertThat(mail.isClaimedBy("node-b")).isTrue();
        assertThatThrownBy(() -> mail.sent("node-a", afterLease)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentMailIsNeverDueAgain() {
        mail.claim("node-a", NOW, LEASE);
        mail.sent("node-a", NOW.plusSeconds(2));

        assertThat(mail.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(mail.isDueAt(NOW.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void aFailedAttemptWaitsLongerAfterEachFailureAndKeepsTheMail() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));
        mail.claim("node-a", NOW, LEASE);
        mail.failed("node-a", "Connection refused", NOW, policy);

        assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
        assertThat(mail.isDueAt(NOW.plusSeconds(29))).isFalse();
        assertThat(mail.isDueAt(NOW.plusSeconds(30))).isTrue();

        Instant second = NOW.plusSeconds(30);
        mail.claim("node-b", second, LEASE);
        mail.failed("node-b", "x".repeat(2_000), second, policy);
        assertThat(mail.getNextAttemptAt()).isEqualTo(second.plusSeconds(60));
        assertThat(mail.getLastError()).hasSize(OutboxMail.LONGEST_ERROR);
        assertThat(mail.getAttempts()).isEqualTo(2);
    }
}
