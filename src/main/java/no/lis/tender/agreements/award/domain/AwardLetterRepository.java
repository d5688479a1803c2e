package no.lis.tender.agreements.award.domain;

import java.util.List;
import java.util.Optional;

public interface AwardLetterRepository {

    /** Every letter of the tender, by supplier name: for buyers. */
    List<AwardLetter> findByTender(Long tenderId);

    /** The letter to the supplier in the tender, if it took part and the letters are issued. */
    Optional<AwardLetter> findByTenderAndSupplier(Long tenderId, Long supplierId);

    /** The supplier's letters, newest first. */
    List<AwardLetter> findBySupplier(Long supplierId);

    /** Stores a new letter; its id is set on return. */
    AwardLetter save(AwardLetter letter);
}
