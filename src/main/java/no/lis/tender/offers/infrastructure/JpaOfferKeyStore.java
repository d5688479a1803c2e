package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import no.lis.tender.shared.infrastructure.NamedQueries;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferKeyStore implements OfferKeyStore {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Inject
    TenderKeyCreation creation;

    @Override
    public Optional<TenderKey> tenderKey(Long tenderId) {
        return NamedQueries.first(em, TenderKey.class, "TenderKey.findByTender", "tenderId", tenderId);
    }

    /**
     * Stored in a transaction of its own, so that two suppliers submitting the first offers at once
     * do not fail each other: the one whose key came second reads the first one's. Only for a tender
     * published before its key was made at publication ({@link #storeTenderKey}): the transaction of
     * its own takes a second database connection while the submission holds its first.
     */
    @Override
    public TenderKey addTenderKey(TenderKey key) {
        try {
            creation.store(key);
        } catch (PersistenceException | TransactionalException e) {
            return tenderKey(key.getTenderId()).orElseThrow(() -> e);
        }
        return tenderKey(key.getTenderId()).orElseThrow();
    }

    @Override
    public void storeTenderKey(TenderKey key) {
        em.persist(key);
    }

    @Override
    public Optional<SupplierKey> supplierKey(Long offerId) {
        return NamedQueries.first(em, SupplierKey.class, "SupplierKey.findByOffer", "offerId", offerId);
    }

    /** In the transaction that stores the offer itself: a key is made only for an offer being written. */
    @Override
    public void addSupplierKey(SupplierKey key) {
        em.persist(key);
    }

    @Override
    public List<TenderKey> tenderKeysWrappedBy(String masterKeyId) {
        return NamedQueries.query(em, TenderKey.class, "TenderKey.findByMasterKey", "masterKeyId", masterKeyId)
                .getResultList();
    }

    @Override
    public List<SupplierKey> supplierKeysWrappedBy(String masterKeyId) {
        return NamedQueries.query(em, SupplierKey.class, "SupplierKey.findByMasterKey", "masterKeyId", masterKeyId)
                .getResultList();
    }
}
