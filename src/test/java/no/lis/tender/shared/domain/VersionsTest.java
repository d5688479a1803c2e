package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void theVersionTheUserLoadedPasses() {
        assertThatCode(() -> Versions.require(3, 3L)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.require(3, 3L, "Anbudet X")).doesNotThrowAnyException();
    }

    @Test
    void anOlderVersionIsAConcurrentChange() {
        assertThatThrownBy(() -> Versions.require(3, 2L)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.violations())
                        .containsExactly(new Violation(null, "concurrent.modification.generic")));
    }

    @Test
    void noVersionAtAllIsNoBypassButOutdatedAndTheRefusalNamesTheThing() {
        assertThatThrownBy(() -> Versions.require(0, null, "Spørsmål 4")).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.violations())
                        .containsExactly(new Violation(null, "concurrent.modification", "Spørsmål 4")));
    }

    @Test
    void aVersionSentForSomethingNotYetStoredIsOneThatIsGone() {
        assertThatCode(() -> Versions.requireNone(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Versions.requireNone(-1L)).isInstanceOf(DomainException.class);
    }
}
