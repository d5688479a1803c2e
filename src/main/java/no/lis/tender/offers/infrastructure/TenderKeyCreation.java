package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores a new tender key in a transaction of its own (see {@link JpaOfferKeyStore#addTenderKey}). */
@ApplicationScoped
public class TenderKeyCreation {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(TenderKey key) {
        em.persist(key);
        em.flush();
    }
}
