package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private final UserAccount siri = new UserAccount("siri", "Siri Solberg", "siri@example.no", "hash",
            Set.of(Role.SUPPLIER), 7L);

    @Test
    void aResetLinkWorksOnceAndIsStoredOnlyAsItsHash() {
        AccountToken.Issued issued = AccountToken.issue(AccountToken.Purpose.PASSWORD_RESET, siri, NOW);

        assertThat(AccountToken.hashOf(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(issued.token().use(AccountToken.Purpose.PASSWORD_RESET, NOW.plusSeconds(60))).isEqualTo("siri");
        DomainException again = catchThrowableOfType(DomainException.class,
                () -> issued.token().use(AccountToken.Purpose.PASSWORD_RESET, NOW.plusSeconds(61)));
        assertThat(again.violations().get(0).messageKey()).isEqualTo("account.token.invalid");
    }

    @Test
    void aResetLinkExpiresAfterAnHourByTheClock() {
        AccountToken token = AccountToken.issue(AccountToken.Purpose.PASSWORD_RESET, siri, NOW).token();

        assertThat(catchThrowableOfType(DomainException.class,
                () -> token.use(AccountToken.Purpose.PASSWORD_RESET, NOW.plus(Duration.ofHours(1))))).isNotNull();
    }

    @Test
    void aVerificationLinkCannotResetAPassword() {
        AccountToken token = AccountToken.issue(AccountToken.Purpose.VERIFY_EMAIL, siri, NOW).token();

        assertThat(catchThrowableOfType(DomainException.class,
                () -> token.use(AccountToken.Purpose.PASSWORD_RESET, NOW))).isNotNull();
        assertThat(token.use(AccountToken.Purpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(47)))).isEqualTo("siri");
    }

    @Test
    void aRegisteredFirstUserLogsInOnlyOnceVerifiedAndApproved() {
        UserAccount first = UserAccount.registered("nora", "Nora Nilsen", "nora@example.no", "hash", 9L, "Nordic AS (974760673)");

        assertThat(first.mayLogIn()).isFalse();
        first.verifyEmail();
        assertThat(first.mayLogIn()).isFalse();
        first.approve();
        assertThat(first.mayLogIn()).isTrue();
        assertThat(first.isCompanyManager()).isTrue();
    }
}
