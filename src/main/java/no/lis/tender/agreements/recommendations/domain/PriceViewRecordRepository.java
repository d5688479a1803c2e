package no.lis.tender.agreements.recommendations.domain;

import java.time.Instant;
import java.util.List;

public interface PriceViewRecordRepository {

    /** Stores a view of prices; its id is set on return. */
    PriceViewRecord save(PriceViewRecord view);

    /** Every view of the priced edition of one version, oldest first. */
    List<PriceViewRecord> findByRecommendation(Long recommendationId);

    /** Every view of any version of the area's priced recommendation, oldest first. */
    List<PriceViewRecord> findByTherapeuticArea(Long therapeuticAreaId);

    /** Every view by one user, oldest first. */
    List<PriceViewRecord> findByUsername(String username);

    /** Every view from {@code from} (inclusive) until {@code until} (exclusive), oldest first. */
    List<PriceViewRecord> findBetween(Instant from, Instant until);
}
