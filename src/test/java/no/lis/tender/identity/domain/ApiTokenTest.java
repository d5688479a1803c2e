package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final UserAccount kari = new UserAccount("kari", "Kari Nordmann", null, "hash", Set.of(Role.BUYER), null);

    @Test
    void theSecretIs256RandomBitsAndOnlyItsSha256IsKept() {
        ApiToken.Issued issued = ApiToken.issue(kari, "nightly export", null, NOW);
        ApiToken.Issued other = ApiToken.issue(kari, "nightly export", null, NOW);

        assertThat(issued.secret()).startsWith("lis_").hasSize(4 + 43);
        assertThat(issued.secret()).isNotEqualTo(other.secret());
        assertThat(issued.token().getHint()).isEqualTo(issued.secret().substring(0, 10));
        assertThat(ApiToken.hashOf(issued.secret())).hasSize(64).doesNotContain(issued.secret().substring(4));
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void aTokenIsValidNinetyDaysUnlessToldOtherwise() {
        assertThat(ApiToken.issue(kari, "export", null, NOW).token().getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(ApiToken.issue(kari, "export", 365, NOW).token().getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    }

    @Test
    void aTokenForMoreThanAYearOrWithoutANameIsRefusedNamingBothFields() {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> ApiToken.issue(kari, "  ", 366, NOW));

        assertThat(refusal.violations()).containsExactly(new Violation("name", "validation.required"),
                new Violation("validDays", "token.validDays.range", 365));
    }

    @Test
    void aTokenIsRefusedOnceExpiredOrRevokedOrWhenItsOwnerIsDeactivated() {
        ApiToken token = ApiToken.issue(kari, "export", 1, NOW).token();
        assertThat(token.admitsAt(NOW.plus(Duration.ofHours(23)))).isTrue();
        assertThat(token.admitsAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(token.statusAt(NOW.plus(Duration.ofDays(1)))).isEqualTo(ApiToken.Status.EXPIRED);

        ApiToken revoked = ApiToken.issue(kari, "export", null, NOW).token();
        revoked.revoke(NOW.plusSeconds(5));
        assertThat(revoked.admitsAt(NOW.plusSeconds(6))).isFalse();
        assertThat(revoked.statusAt(NOW.plusSeconds(6))).isEqualTo(ApiToken.Status.REVOKED);

        ApiToken ofDeactivated = ApiToken.issue(kari, "export", null, NOW).token();
        kari.deactivate();
        assertThat(ofDeactivated.admitsAt(NOW)).isFalse();
    }

    @Test
    void aTokenNeverUsedHasAStaleLastUseAndALastUseIsKeptToTheMinute() {
        ApiToken token = ApiToken.issue(kari, "export", null, NOW).token();

        assertThat(token.lastUseIsStaleAt(NOW)).isTrue();
        assertThat(ApiToken.staleBefore(NOW)).isEqualTo(NOW.minusSeconds(60));
    }
}
