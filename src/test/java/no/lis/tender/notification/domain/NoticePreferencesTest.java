package no.lis.tender.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NoticePreferencesTest {

    @Test
    void aUserWhoNeverChoseGetsEveryNotice() {
        NoticePreferences preferences = NoticePreferences.allOn("sandoz");

        assertThat(preferences.choices()).containsOnlyKeys(java.util.Arrays.stream(NoticeKind.values())
                .filter(NoticeKind::choosable).toArray(NoticeKind[]::new)).doesNotContainValue(false);
    }

    @Test
    void aMailAboutHerOwnAccountCannotBeTurnedOff() {
        NoticePreferences preferences = NoticePreferences.allOn("sandoz");
        preferences.choose(java.util.Map.of(NoticeKind.PASSWORD_RESET, false, NoticeKind.RECOMMENDATION_PUBLISHED, false));

        assertThat(preferences.wants(NoticeKind.PASSWORD_RESET)).isTrue();
        assertThat(preferences.wants(NoticeKind.RECOMMENDATION_PUBLISHED)).isFalse();
        assertThat(preferences.choices()).doesNotContainKey(NoticeKind.PASSWORD_RESET);
    }

    @Test
    void aNoticeTurnedOffStaysOffUntilTurnedOnAndOthersKeepTheirSetting() {
        NoticePreferences preferences = NoticePreferences.allOn("sandoz");
        preferences.choose(Map.of(NoticeKind.ANSWER_PUBLISHED, false, NoticeKind.SCORING_OPEN, false));
        preferences.choose(Map.of(NoticeKind.SCORING_OPEN, true));

        assertThat(preferences.wants(NoticeKind.ANSWER_PUBLISHED)).isFalse();
        assertThat(preferences.wants(NoticeKind.SCORING_OPEN)).isTrue();
        assertThat(preferences.wants(NoticeKind.DOCUMENT_PUBLISHED)).isTrue();
    }
}
