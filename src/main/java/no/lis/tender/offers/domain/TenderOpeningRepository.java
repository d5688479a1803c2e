package no.lis.tender.offers.domain;

import java.util.Optional;

public interface TenderOpeningRepository {

    /** The opening of the tender's offers, if one has been started. */
    Optional<TenderOpening> findByTender(Long tenderId);

    /** Stores a new opening; its id is set on return. Changes to a loaded one are stored with the transaction. */
    TenderOpening save(TenderOpening opening);
}
