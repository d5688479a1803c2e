package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.offers.domain.OfferAttachment;
import no.lis.tender.offers.domain.OfferAttachmentRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferAttachmentRepository implements OfferAttachmentRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<OfferAttachment> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(OfferAttachment.class, id));
    }

    @Override
    public List<OfferAttachment> findByOffer(Long offerId) {
        return em.createNamedQuery("OfferAttachment.findByOffer", OfferAttachment.class)
                .setParameter("offerId", offerId).getResultList();
    }

    @Override
    public OfferAttachment save(OfferAttachment attachment) {
        em.persist(attachment);
        em.flush();
        return attachment;
    }
}
