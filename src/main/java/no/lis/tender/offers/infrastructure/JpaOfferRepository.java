package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferRepository extends JpaRepository<Offer> implements OfferRepository {

    @Override
    public Optional<Offer> find(Long id) {
        return Optional.ofNullable(id).map(key -> em.find(Offer.class, key));
    }

    @Override
    public Optional<Offer> findByTenderAndSupplier(Long tenderId, Long supplierId) {
        return first("findByTenderAndSupplier", "tenderId", tenderId, "supplierId", supplierId);
    }

    @Override
    public List<Offer> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }
}
