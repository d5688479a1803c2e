package no.lis.tender.agreements.recommendations.domain;

/**
 * Where a version of a LIS recommendation stands: a {@link #DRAFT} whose lines the buyer edits, one
 * {@link #APPROVED} by a member of the area's specialist group, {@link #PUBLISHED} by a buyer (the
 * one in force), and {@link #SUPERSEDED} once the next version is published (still readable, with
 * the validity it had).
 */
public enum RecommendationStatus {
    DRAFT,
    APPROVED,
    PUBLISHED,
    SUPERSEDED;

    /** Whether the version has been out in the hospitals: published now or before. */
    public boolean hasBeenPublished() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
