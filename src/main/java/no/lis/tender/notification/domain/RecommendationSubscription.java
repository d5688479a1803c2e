package no.lis.tender.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Identified;

import java.time.Instant;
import java.util.Objects;

/**
 * A user follows the recommendation of a therapeutic area: when a new version is published she is mailed a
 * link to its public edition (never a price), if she has not turned {@link NoticeKind#RECOMMENDATION_PUBLISHED}
 * off. Made and removed, never changed, so it needs no version.
 */
@Entity
@Table(name = "NTF_SUBSCRIPTION")
@NamedQuery(name = "RecommendationSubscription.findByUsername",
        query = "SELECT s FROM RecommendationSubscription s WHERE s.username = :username ORDER BY s.therapeuticAreaId")
@NamedQuery(name = "RecommendationSubscription.findByArea",
        query = "SELECT s FROM RecommendationSubscription s WHERE s.therapeuticAreaId = :areaId ORDER BY s.username")
public class RecommendationSubscription extends Identified {

    @Column(name = "USERNAME", nullable = false, length = 60)
    private String username;

    @Column(name = "THERAPEUTIC_AREA_ID", nullable = false)
    private Long therapeuticAreaId;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected RecommendationSubscription() {
    }

    public RecommendationSubscription(String username, long therapeuticAreaId, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.therapeuticAreaId = therapeuticAreaId;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public String getUsername() {
        return username;
    }

    public long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }
}
