package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.PublicationCount;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecommendationRepository implements RecommendationRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<Recommendation> find(Long id) {
        return Optional.ofNullable(em.find(Recommendation.class, id));
    }

    @Override
    public Optional<Recommendation> findVersion(Long therapeuticAreaId, int versionNumber) {
        return em.createNamedQuery("Recommendation.findByAreaAndVersion", Recommendation.class)
                .setParameter("areaId", therapeuticAreaId)
                .setParameter("versionNumber", versionNumber)
                .getResultStream().findFirst();
    }

    @Override
    public List<Recommendation> findByTherapeuticArea(Long therapeuticAreaId) {
        return em.createNamedQuery("Recommendation.findByTherapeuticArea", Recommendation.class)
                .setParameter("areaId", therapeuticAreaId)
                .getResultList();
    }

    @Override
    public Optional<Recommendation> findPublished(Long therapeuticAreaId) {
        return em.createNamedQuery("Recommendation.findByTherapeuticAreaAndStatus", Recommendation.class)
                .setParameter("areaId", therapeuticAreaId)
                .setParameter("status", RecommendationStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public List<Recommendation> findPublishedDuring(LocalDate from, LocalDate to) {
        return em.createNamedQuery("Recommendation.findPublishedOverlapping", Recommendation.class)
                .setParameter("statuses", List.of(RecommendationStatus.PUBLISHED, RecommendationStatus.SUPERSEDED))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public PublicationCount publicationCount() {
        Object[] row = em.createQuery("SELECT COUNT(r), MAX(r.publishedAt) FROM Recommendation r WHERE r.publishedAt IS NOT NULL",
                Object[].class).getSingleResult();
        return new PublicationCount(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    @Override
    public List<Recommendation> findAllPublished() {
        return em.createNamedQuery("Recommendation.findByStatus", Recommendation.class)
                .setParameter("status", RecommendationStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public Recommendation save(Recommendation recommendation) {
        em.persist(recommendation);
        em.flush();
        return recommendation;
    }
}
