package no.lis.tender.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.notification.domain.NoticePreferences;
import no.lis.tender.notification.domain.NoticePreferencesRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaNoticePreferencesRepository implements NoticePreferencesRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<NoticePreferences> findByUsername(String username) {
        return em.createNamedQuery("NoticePreferences.findByUsername", NoticePreferences.class)
                .setParameter("username", username).getResultStream().findFirst();
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
