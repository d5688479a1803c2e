package no.lis.tender.notification.domain;

import java.util.Optional;

public interface NoticePreferencesRepository {

    Optional<NoticePreferences> findByUsername(String username);

    NoticePreferences save(NoticePreferences preferences);
}
