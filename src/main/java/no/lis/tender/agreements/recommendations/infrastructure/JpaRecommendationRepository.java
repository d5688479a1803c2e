package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.recommendations.domain.PublicationCount;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecommendationRepository extends JpaRepository<Recommendation> implements RecommendationRepository {

    @Override
    public Optional<Recommendation> find(Long id) {
        return findById(id);
    }

    @Override
    public Optional<Recommendation> findVersion(Long therapeuticAreaId, int versionNumber) {
        return first("findByAreaAndVersion", "areaId", therapeuticAreaId, "versionNumber", versionNumber);
    }

    @Override
    public List<Recommendation> findByTherapeuticArea(Long therapeuticAreaId) {
        return list("findByTherapeuticArea", "areaId", therapeuticAreaId);
    }

    @Override
    public Optional<Recommendation> findPublished(Long therapeuticAreaId) {
        return first("findByTherapeuticAreaAndStatus", "areaId", therapeuticAreaId, "status", RecommendationStatus.PUBLISHED);
    }

    @Override
    public List<Recommendation> findPublishedDuring(LocalDate from, LocalDate to) {
        return list("findPublishedOverlapping", "statuses", List.of(RecommendationStatus.PUBLISHED, RecommendationStatus.SUPERSEDED), "from", from, "to", to);
    }

    @Override
    public PublicationCount publicationCount() {
        Object[] row = em.createQuery("SELECT COUNT(r), MAX(r.published.at) FROM Recommendation r WHERE r.published.at IS NOT NULL",
                Object[].class).getSingleResult();
        return new PublicationCount(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    @Override
    public List<Recommendation> findAllPublished() {
        return list("findByStatus", "status", RecommendationStatus.PUBLISHED);
    }
}
