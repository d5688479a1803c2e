package no.lis.tender.offers.infrastructure;

import java.util.List;
import java.util.Optional;

/** Where the wrapped keys of the offer seal are kept: in the database, beside what they seal, never in clear. */
interface OfferKeyStore {

    Optional<TenderKey> tenderKey(Long tenderId);

    /**
     * Stores {@code key} unless the tender already has one (another request may have stored one
     * meanwhile); returns the one that stands.
     */
    TenderKey addTenderKey(TenderKey key);

    /** Stores {@code key} in the caller's transaction: for a tender that has none and that no one else writes to now. */
    void storeTenderKey(TenderKey key);

    Optional<SupplierKey> supplierKey(Long offerId);

    void addSupplierKey(SupplierKey key);

    List<TenderKey> tenderKeysWrappedBy(String masterKeyId);

    List<SupplierKey> supplierKeysWrappedBy(String masterKeyId);
}
