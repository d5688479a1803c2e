package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<Offer> find(Long id) {
        return Optional.ofNullable(id).map(key -> em.find(Offer.class, key));
    }

    @Override
    public Optional<Offer> findByTenderAndSupplier(Long tenderId, Long supplierId) {
        return em.createNamedQuery("Offer.findByTenderAndSupplier", Offer.class)
                .setParameter("tenderId", tenderId)
                .setParameter("supplierId", supplierId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Offer> findByTender(Long tenderId) {
        return em.createNamedQuery("Offer.findByTender", Offer.class)
                .setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public Offer save(Offer offer) {
        em.persist(offer);
        em.flush();
        return offer;
    }
}
