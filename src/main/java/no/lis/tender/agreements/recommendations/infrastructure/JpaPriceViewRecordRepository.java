package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecordRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaPriceViewRecordRepository implements PriceViewRecordRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public PriceViewRecord save(PriceViewRecord view) {
        em.persist(view);
        em.flush();
        return view;
    }

    @Override
    public List<PriceViewRecord> findByRecommendation(Long recommendationId) {
        return em.createNamedQuery("PriceViewRecord.findByRecommendation", PriceViewRecord.class)
                .setParameter("recommendationId", recommendationId)
                .getResultList();
    }

    @Override
    public List<PriceViewRecord> findByTherapeuticArea(Long therapeuticAreaId) {
        return em.createNamedQuery("PriceViewRecord.findByTherapeuticArea", PriceViewRecord.class)
                .setParameter("areaId", therapeuticAreaId)
                .getResultList();
    }

    @Override
    public List<PriceViewRecord> findByUsername(String username) {
        return em.createNamedQuery("PriceViewRecord.findByUsername", PriceViewRecord.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public List<PriceViewRecord> findBetween(Instant from, Instant until) {
        return em.createNamedQuery("PriceViewRecord.findBetween", PriceViewRecord.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }
}
