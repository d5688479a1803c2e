package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.TherapeuticArea;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What the buyers must act on soon: patents running out, areas without a valid recommendation, recommendations ending. */
public final class FollowUp {

    private FollowUp() {
    }

    /**
     * The substances whose recorded patent expiry falls within {@code horizon} (their market is
     * expected to move towards phase 3), soonest first, then by name. Substances without a patent
     * expiry, or whose patent has already run out, are not listed.
     */
    public static List<PatentExpiry> patentsExpiringWithin(Collection<Substance> substances, Horizon horizon) {
        return substances.stream().filter(substance -> horizon.contains(substance.getPatentExpiry()))
                .map(substance -> new PatentExpiry(substance.getId(), substance.getAtcCode(), substance.getName(),
                        substance.getPatentExpiry(), substance.getTherapeuticArea() == null ? null
                                : substance.getTherapeuticArea().getId()))
                .sorted(Comparator.comparing(PatentExpiry::patentExpiry).thenComparing(PatentExpiry::substanceName))
                .toList();
    }

    /**
     * The areas, in the order given, for which no version of {@code recommendations} was valid on
     * {@code asOf} (published, now or before, and {@code asOf} within its validity).
     */
    public static List<TherapeuticArea> areasWithoutValidRecommendation(Collection<TherapeuticArea> areas,
                                                                        Collection<Recommendation> recommendations,
                                                                        LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return areas.stream().filter(area -> recommendations.stream().noneMatch(recommendation ->
                Objects.equals(recommendation.getTherapeuticAreaId(), area.getId()) && recommendation.isValidOn(asOf)))
                .toList();
    }

    /** The versions in force (PUBLISHED) whose validity ends within {@code horizon}, soonest first. */
    public static List<Recommendation> recommendationsEndingWithin(Collection<Recommendation> recommendations,
                                                                   Horizon horizon) {
        return recommendations.stream()
                .filter(recommendation -> recommendation.getStatus() == RecommendationStatus.PUBLISHED)
                .filter(recommendation -> horizon.contains(recommendation.getValidTo()))
                .sorted(Comparator.comparing(Recommendation::getValidTo)
                        .thenComparing(Recommendation::getTherapeuticAreaId))
                .toList();
    }
}
