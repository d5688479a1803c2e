package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.offers.domain.OfferAttachment;
import no.lis.tender.offers.domain.OfferAttachmentRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferAttachmentRepository extends JpaRepository<OfferAttachment> implements OfferAttachmentRepository {

    @Override
    public Optional<OfferAttachment> find(Long id) {
        return findById(id);
    }

    @Override
    public List<OfferAttachment> findByOffer(Long offerId) {
        return list("findByOffer", "offerId", offerId);
    }
}
