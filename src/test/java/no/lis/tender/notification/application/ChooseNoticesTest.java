package no.lis.tender.notification.application;

import no.lis.tender.identity.domain.InMemoryUserAccounts;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.notification.domain.NoticePreferences;
import no.lis.tender.notification.domain.NoticePreferencesRepository;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChooseNoticesTest {

    private final Map<String, NoticePreferences> stored = new HashMap<>();
    private final NoticePreferencesRepository preferences = new NoticePreferencesRepository() {
        @Override
        public Optional<NoticePreferences> findByUsername(String username) {
            return Optional.ofNullable(stored.get(username));
        }

        @Override
        public NoticePreferences save(NoticePreferences chosen) {
            stored.put(chosen.getUsername(), chosen);
            return chosen;
        }
    };
    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    private final ChooseNotices choose = new ChooseNotices(preferences, users);

    ChooseNoticesTest() {
        users.save(new UserAccount("sandoz", "Siri Solberg", "anbud@sandoz.example", "hash", Set.of(Role.SUPPLIER), 7L));
    }

    @Test
    void aUserWhoNeverChoseSeesEveryNoticeOnAtVersionZeroWithHerAddress() {
        NoticeChoices choices = choose.of("sandoz");

        assertThat(choices.email()).isEqualTo("anbud@sandoz.example");
        assertThat(choices.version()).isZero();
        assertThat(choices.choices()).containsEntry("ANSWER_PUBLISHED", true).doesNotContainValue(false)
                .containsOnlyKeys("ANSWER_PUBLISHED", "DOCUMENT_PUBLISHED", "AWARD_LETTER_READY", "SCORING_OPEN",
                        "DEADLINE_REMINDER", "PRICE_ACCESS_GRANTED", "PRICE_ACCESS_ENDING", "RECOMMENDATION_PUBLISHED");
    }

    @Test
    void herFirstChoiceIsMadeOnVersionZeroAndKept() {
        choose.choose("sandoz", 0L, Map.of("DOCUMENT_PUBLISHED", false));

        assertThat(choose.of("sandoz").choices()).containsEntry("DOCUMENT_PUBLISHED", false)
                .containsEntry("ANSWER_PUBLISHED", true);
    }

    @Test
    void anUnknownNoticeIsRefusedNamingItAndTheKnownOnes() {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        choices.put("PRICES", true);
        choices.put("SCORING_OPEN", null);

        assertThatThrownBy(() -> choose.choose("sandoz", 0L, choices)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("choices.PRICES", "choices.SCORING_OPEN"));
        assertThat(stored).isEmpty();
    }

    @Test
    void anEmptyChoiceOrAMissingVersionIsRefused() {
        assertThatThrownBy(() -> choose.choose("sandoz", null, Map.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("choices", "version"));
    }

    @Test
    void aChoiceOnAVersionSomeoneElseChangedIsRefused() {
        assertThatThrownBy(() -> choose.choose("sandoz", 3L, Map.of("SCORING_OPEN", false)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("concurrent.modification.generic"));
    }
}
