package no.lis.tender.offers.domain;

import java.util.List;
import java.util.Optional;

public interface OfferRepository {

    Optional<Offer> find(Long id);

    /** The offer of supplier {@code supplierId} on tender {@code tenderId}: there is at most one. */
    Optional<Offer> findByTenderAndSupplier(Long tenderId, Long supplierId);

    /** Every offer on the tender, whatever its status, by id. */
    List<Offer> findByTender(Long tenderId);

    /**
     * Every offer on the tender that was ever submitted, with the receipt of its last submission, by
     * offer id: read from the receipts, without the offers' sealed content.
     */
    List<SubmittedOffer> lastSubmissions(Long tenderId);

    /** Stores a new offer; its id is set on return. Changes to a loaded offer are stored with the transaction. */
    Offer save(Offer offer);
}
