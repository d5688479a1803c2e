package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    private static final Thing.Named TENDER = Thing.TENDER.named("2026-LIS-TNF-01");

    @Test
    void theVersionTheUserLoadedPasses() {
        assertThatCode(() -> Versions.require(3, 3L)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.require(3, 3L, TENDER)).doesNotThrowAnyException();
    }

    @Test
    void anOlderVersionIsAConcurrentChange() {
        assertThatThrownBy(() -> Versions.require(3, 2L)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.violations())
                        .containsExactly(new Violation(null, "concurrent.modification.generic")));
    }

    @Test
    void aNewerVersionThanTheStoredOneIsRefusedToo() {
        assertThatThrownBy(() -> Versions.require(3, 4L, TENDER)).isInstanceOf(DomainException.class);
    }

    @Test
    void noVersionAtAllIsNoBypassButOutdated() {
        assertThatThrownBy(() -> Versions.require(0, null)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.violations())
                        .containsExactly(new Violation(null, "concurrent.modification.generic")));
    }

    @Test
    void theRefusalNamesTheThingInTheLanguageOfTheReader() {
        assertThatThrownBy(() -> Versions.require(0, null, Thing.QUESTION.named(4)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    Violation refusal = e.violations().get(0);
                    assertThat(refusal).isEqualTo(new Violation(null, "concurrent.modification", Thing.QUESTION.named(4)));
                    assertThat(Messages.format(Messages.BOKMAL, refusal)).startsWith("Spørsmål 4 er endret av noen andre");
                    assertThat(Messages.format(java.util.Locale.ENGLISH, refusal))
                            .startsWith("Question 4 was changed by someone else");
                });
    }

    @Test
    void aVersionSentForSomethingNotYetStoredIsOneThatIsGone() {
        assertThatCode(() -> Versions.requireNone(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Versions.requireNone(-1L)).isInstanceOf(DomainException.class);
    }
}
