package no.lis.tender.shared.application;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExistingTest {

    private final Map<Long, String> stored = Map.of(42L, "TNF-alfa-hemmere");

    private Optional<String> find(Long id) {
        // as a repository would: a null id is a programming error there, not an unknown thing
        return Optional.ofNullable(stored.get(java.util.Objects.requireNonNull(id)));
    }

    @Test
    void whatACommandNamesIsLoaded() {
        assertThat(Existing.require(42L, this::find, Thing.TENDER)).isEqualTo("TNF-alfa-hemmere");
    }

    @Test
    void anUnknownIdIsNotFoundAndNamedInTheReadersLanguage() {
        assertThatThrownBy(() -> Existing.require(12345L, this::find, Thing.TENDER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    Violation refusal = e.violations().get(0);
                    assertThat(refusal).isEqualTo(new Violation(null, "not.found", Thing.TENDER.named(12345L)));
                    // the id as the user typed it, not grouped by thousands
                    assertThat(Messages.format(Messages.BOKMAL, refusal)).isEqualTo("Anbudet 12345 finnes ikke.");
                    assertThat(Messages.format(Locale.ENGLISH, refusal)).isEqualTo("Tender 12345 does not exist.");
                });
    }

    @Test
    void noIdAtAllIsNotFoundWithoutAskingTheRepository() {
        assertThatThrownBy(() -> Existing.require(null, this::find, Thing.DOCUMENT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(null, "not.found", Thing.DOCUMENT.named(null))));
    }

    @Test
    void aContextsOwnKeyGetsTheIdAsItsArgument() {
        assertThatThrownBy(() -> Existing.require(7L, this::find, "offers.tenderNotFound"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(null, "offers.tenderNotFound", 7L)));
    }
}
