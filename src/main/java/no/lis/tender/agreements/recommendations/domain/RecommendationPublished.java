package no.lis.tender.agreements.recommendations.domain;

/**
 * A version of an area's recommendation was published (and the one before it superseded): what
 * shows the public editions must show the change.
 */
public record RecommendationPublished(Long recommendationId, Long therapeuticAreaId, int versionNumber) {
}
