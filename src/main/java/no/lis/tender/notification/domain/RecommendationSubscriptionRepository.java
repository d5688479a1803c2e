package no.lis.tender.notification.domain;

import java.util.List;

public interface RecommendationSubscriptionRepository {

    List<RecommendationSubscription> findByUsername(String username);

    /** Who follows the recommendation of the area. */
    List<RecommendationSubscription> findByArea(long therapeuticAreaId);

    RecommendationSubscription add(RecommendationSubscription subscription);

    void remove(RecommendationSubscription subscription);
}
