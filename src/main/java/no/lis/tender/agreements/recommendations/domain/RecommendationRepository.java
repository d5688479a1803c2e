package no.lis.tender.agreements.recommendations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RecommendationRepository {

    Optional<Recommendation> find(Long id);

    /** Version {@code versionNumber} of the area's recommendation. */
    Optional<Recommendation> findVersion(Long therapeuticAreaId, int versionNumber);

    /** Every version of the area's recommendation, the first first. */
    List<Recommendation> findByTherapeuticArea(Long therapeuticAreaId);

    /** The area's version in force (status PUBLISHED), if any. */
    Optional<Recommendation> findPublished(Long therapeuticAreaId);

    /** The versions ever published (PUBLISHED or SUPERSEDED) whose validity shares a day with {@code from}..{@code to}. */
    List<Recommendation> findPublishedDuring(LocalDate from, LocalDate to);

    /** Every version in force (PUBLISHED), by area. */
    List<Recommendation> findAllPublished();

    /** The versions ever published, and when the latest was: changes with every publication. */
    PublicationCount publicationCount();

    /** Stores a new version; its id is set on return. Changes to a loaded one are stored with the transaction. */
    Recommendation save(Recommendation recommendation);
}
