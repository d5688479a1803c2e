package no.lis.tender.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.notification.domain.RecommendationSubscription;
import no.lis.tender.notification.domain.RecommendationSubscriptionRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;

@ApplicationScoped
public class JpaRecommendationSubscriptionRepository extends JpaRepository<RecommendationSubscription> implements RecommendationSubscriptionRepository {

    @Override
    public List<RecommendationSubscription> findByUsername(String username) {
        return list("findByUsername", "username", username);
    }

    @Override
    public List<RecommendationSubscription> findByArea(long therapeuticAreaId) {
        return list("findByArea", "areaId", therapeuticAreaId);
    }

    @Override
    public RecommendationSubscription add(RecommendationSubscription subscription) {
        return save(subscription);
    }

    @Override
    public void remove(RecommendationSubscription subscription) {
        em.remove(em.contains(subscription) ? subscription : em.merge(subscription));
    }
}
