package no.lis.tender.notification.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.notification.domain.RecommendationSubscription;
import no.lis.tender.notification.domain.RecommendationSubscriptionRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A logged-in user (hospital staff, a clinician, anyone) chooses the therapeutic areas whose
 * recommendation she follows: she is mailed when a new version is published. Choosing a set replaces the
 * one she had; an area that does not exist is refused under {@code areaIds}.
 */
@UseCase
public class FollowRecommendations {

    private final RecommendationSubscriptionRepository subscriptions;
    private final TherapeuticAreaRepository areas;
    private final Clock clock;

    @Inject
    public FollowRecommendations(RecommendationSubscriptionRepository subscriptions, TherapeuticAreaRepository areas,
                                 Clock clock) {
        this.subscriptions = subscriptions;
        this.areas = areas;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected FollowRecommendations() {
        this(null, null, null);
    }

    /** Every area, with whether {@code username} follows its recommendation, by name. */
    public List<Area> of(String username) {
        Set<Long> followed = followedBy(username);
        return areas.findAll().stream().map(area -> Area.of(area, followed.contains(area.getId())))
                .toList();
    }

    /** Follows exactly the areas {@code areaIds} from now on. */
    public List<Area> follow(String username, Collection<Long> areaIds) {
        if (areaIds == null) {
            throw new DomainException("areaIds", "validation.required");
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (Long id : areaIds) {
            if (id == null || areas.findById(id).isEmpty()) {
                throw new DomainException("areaIds", "subscriptions.unknownArea", String.valueOf(id));
            }
            wanted.add(id);
        }
        for (RecommendationSubscription held : subscriptions.findByUsername(username)) {
            if (!wanted.remove(held.getTherapeuticAreaId())) {
                subscriptions.remove(held);
            }
        }
        wanted.forEach(id -> subscriptions.add(new RecommendationSubscription(username, id, clock.instant())));
        return of(username);
    }

    /** Whether {@code username} follows the recommendation of {@code areaId} (false for nobody logged in). */
    public boolean follows(String username, long areaId) {
        return username != null && followedBy(username).contains(areaId);
    }

    /** Follows one more area's recommendation (once: following it again changes nothing). */
    public Area follow(String username, long areaId) {
        TherapeuticArea area = area(areaId);
        if (!follows(username, areaId)) {
            subscriptions.add(new RecommendationSubscription(username, areaId, clock.instant()));
        }
        return Area.of(area, true);
    }

    /** Stops following one area's recommendation (not following it is no error). */
    public Area unfollow(String username, long areaId) {
        TherapeuticArea area = area(areaId);
        subscriptions.findByUsername(username).stream().filter(s -> s.getTherapeuticAreaId() == areaId)
                .forEach(subscriptions::remove);
        return Area.of(area, false);
    }

    private TherapeuticArea area(long areaId) {
        return areas.findById(areaId).orElseThrow(() -> new DomainException("areaId", "subscriptions.area.notFound", String.valueOf(areaId)));
    }

    private Set<Long> followedBy(String username) {
        Set<Long> followed = new LinkedHashSet<>();
        subscriptions.findByUsername(username).forEach(s -> followed.add(s.getTherapeuticAreaId()));
        return followed;
    }

    /** A therapeutic area and whether the user follows its recommendation. */
    public record Area(long id, String name, boolean followed) implements Serializable {

        static Area of(TherapeuticArea area, boolean followed) {
            return new Area(area.getId(), area.getName(), followed);
        }
    }
}
