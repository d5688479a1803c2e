package no.lis.tender.evaluation.domain;

import java.util.List;

/** The consensus scores the buyer has set. */
public interface ConsensusScoreRepository {

    /** Every consensus set on the tender, by offer. */
    List<ConsensusScore> findByTender(Long tenderId);

    ConsensusScore save(ConsensusScore score);
}
