package no.lis.tender.agreements.award.domain;

import java.util.Optional;

public interface AwardDecisionRepository {

    /** The award decision of the tender, if the buyer has started one. */
    Optional<AwardDecision> findByTender(Long tenderId);

    /** Stores a new decision; its id is set on return. Changes to a loaded one are stored with the transaction. */
    AwardDecision save(AwardDecision decision);
}
