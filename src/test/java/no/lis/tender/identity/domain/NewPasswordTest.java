package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NewPasswordTest {

    private static final PublishedPasswords NONE = password -> false;

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedNamingTheMinimum() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> NewPassword.of("Kort-2026!", NONE));

        assertThat(refused.violations()).containsExactly(new Violation("password", "user.password.tooShort", 12));
        assertThat(refused.getMessage()).isEqualTo("password: A password must have at least 12 characters.");
    }

    @Test
    void aPublishedPasswordIsRefusedWhateverItsLength() {
        PublishedPasswords readme = "Published-in-the-README"::equals;

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> NewPassword.of("Published-in-the-README", readme));

        assertThat(refused.violations()).containsExactly(new Violation("password", "user.password.published"));
    }

    @Test
    void aLongUnpublishedPasswordIsHashedAndNeverShown() {
        NewPassword chosen = NewPassword.of("tolv-tegn-er-nok", NONE);

        assertThat(chosen.hashWith(new FakePasswordHashing())).isEqualTo("hash of tolv-tegn-er-nok");
        assertThat(chosen.toString()).doesNotContain("tolv");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> NewPassword.of("Sommer2026!", NONE));
        assertThat(refused.violations()).containsExactly(new Violation("password", "user.password.tooShort", 12));

        DomainException common = catchThrowableOfType(DomainException.class, () -> NewPassword.of("Qwertyuiop123", NONE));
        assertThat(common.violations()).containsExactly(new Violation("password", "user.password.common"));
    }

    @Test
    void aLongPassPhraseWithoutDigitsOrCapitalsIsAcceptedButNotAnEndlessOne() {
        assertThat(NewPassword.of("fire hester på ett jorde", NONE)).isNotNull();
        DomainException tooLong = catchThrowableOfType(DomainException.class, () -> NewPassword.of("x".repeat(257), NONE));
        assertThat(tooLong.violations()).containsExactly(new Violation("password", "user.password.tooLong", 256));
    }
}
