package no.lis.tender.agreements.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaAwardDecisionRepository extends JpaRepository<AwardDecision> implements AwardDecisionRepository {

    @Override
    public Optional<AwardDecision> findByTender(Long tenderId) {
        return first("findByTender", "tenderId", tenderId);
    }
}
