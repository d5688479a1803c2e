package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferAttachment;
import no.lis.tender.offers.domain.OfferAttachmentRepository;
import no.lis.tender.shared.Stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class InMemoryAttachments implements OfferAttachmentRepository {

    private final List<OfferAttachment> attachments = new ArrayList<>();

    @Override
    public Optional<OfferAttachment> find(Long id) {
        return attachments.stream().filter(a -> a.getId().equals(id)).findFirst();
    }

    @Override
    public List<OfferAttachment> findByOffer(Long offerId) {
        return attachments.stream().filter(a -> a.getOfferId().equals(offerId)).toList();
    }

    @Override
    public OfferAttachment save(OfferAttachment attachment) {
        Stored.withId(attachment, (long) attachments.size() + 1);
        attachments.add(attachment);
        return attachment;
    }
}
