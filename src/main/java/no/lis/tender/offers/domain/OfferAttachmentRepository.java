package no.lis.tender.offers.domain;

import java.util.List;
import java.util.Optional;

public interface OfferAttachmentRepository {

    Optional<OfferAttachment> find(Long id);

    List<OfferAttachment> findByOffer(Long offerId);

    OfferAttachment save(OfferAttachment attachment);
}
