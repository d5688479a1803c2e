package no.lis.tender.shared.web;

import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagesTest {

    private final List<String> answers = new ArrayList<>();

    @Test
    void aPageThatFindsWhatItIsAboutIsShown() throws Exception {
        List<String> read = new ArrayList<>();
        assertThat(Pages.loaded(() -> read.add("tender 7"), () -> answers.add("404"))).isTrue();
        assertThat(read).containsExactly("tender 7");
        assertThat(answers).isEmpty();
    }

    @Test
    void anUnknownIdAnswersWithTheNotFoundPage() throws Exception {
        assertThat(Pages.loaded(() -> {
            throw new DomainException(null, "not.found");
        }, () -> answers.add("404"))).isFalse();
        assertThat(answers).containsExactly("404");
    }

    @Test
    void aFailureThatIsNoBrokenRuleIsNotHiddenAsNotFound() {
        assertThatThrownBy(() -> Pages.loaded(() -> {
            throw new IllegalStateException("database down");
        }, () -> answers.add("404"))).isInstanceOf(IllegalStateException.class);
        assertThat(answers).isEmpty();
    }
}
