package no.lis.tender.evaluation.domain;

import java.util.List;
import java.util.Optional;

public interface QualificationRepository {

    /** The decision on the offer, if the buyer has made one. */
    Optional<Qualification> findByTenderAndOffer(Long tenderId, Long offerId);

    /** Every decision on the tender's offers, by offer. */
    List<Qualification> findByTender(Long tenderId);

    /** Stores a new decision; its id is set on return. Changes to a loaded one are stored with the transaction. */
    Qualification save(Qualification qualification);
}
