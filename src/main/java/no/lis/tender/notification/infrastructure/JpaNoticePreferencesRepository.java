package no.lis.tender.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.notification.domain.NoticePreferences;
import no.lis.tender.notification.domain.NoticePreferencesRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaNoticePreferencesRepository extends JpaRepository<NoticePreferences> implements NoticePreferencesRepository {

    @Override
    public Optional<NoticePreferences> findByUsername(String username) {
        return first("findByUsername", "username", username);
    }

    @Override
    public NoticePreferences save(NoticePreferences preferences) {
        NoticePreferences stored = preferences;
        if (preferences.getId() == null) {
            em.persist(preferences);
        } else {
            stored = em.merge(preferences);
        }
        // the version the user sees next, which JPA counts when it writes
        em.flush();
        return stored;
    }
}
