package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;

@ApplicationScoped
public class JpaConsensusScoreRepository extends JpaRepository<ConsensusScore> implements ConsensusScoreRepository {

    @Override
    public List<ConsensusScore> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }
}
