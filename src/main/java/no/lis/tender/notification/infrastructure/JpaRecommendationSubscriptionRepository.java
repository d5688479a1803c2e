package no.lis.tender.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.notification.domain.RecommendationSubscription;
import no.lis.tender.notification.domain.RecommendationSubscriptionRepository;

import java.util.List;

@ApplicationScoped
public class JpaRecommendationSubscriptionRepository implements RecommendationSubscriptionRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public List<RecommendationSubscription> findByUsername(String username) {
        return em.createNamedQuery("RecommendationSubscription.findByUsername", RecommendationSubscription.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public List<RecommendationSubscription> findByArea(long therapeuticAreaId) {
        return em.createNamedQuery("RecommendationSubscription.findByArea", RecommendationSubscription.class)
                .setParameter("areaId", therapeuticAreaId).getResultList();
    }

    @Override
    public RecommendationSubscription add(RecommendationSubscription subscription) {
        em.persist(subscription);
        return subscription;
    }

    @Override
    public void remove(RecommendationSubscription subscription) {
        em.remove(em.contains(subscription) ? subscription : em.merge(subscription));
    }
}
