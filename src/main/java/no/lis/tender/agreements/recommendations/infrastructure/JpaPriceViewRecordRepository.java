package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecordRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaPriceViewRecordRepository extends JpaRepository<PriceViewRecord> implements PriceViewRecordRepository {

    @Override
    public List<PriceViewRecord> findByRecommendation(Long recommendationId) {
        return list("findByRecommendation", "recommendationId", recommendationId);
    }

    @Override
    public List<PriceViewRecord> findByTherapeuticArea(Long therapeuticAreaId) {
        return list("findByTherapeuticArea", "areaId", therapeuticAreaId);
    }

    @Override
    public List<PriceViewRecord> findByUsername(String username) {
        return list("findByUsername", "username", username);
    }

    @Override
    public List<PriceViewRecord> findBetween(Instant from, Instant until) {
        return list("findBetween", "from", from, "until", until);
    }
}
