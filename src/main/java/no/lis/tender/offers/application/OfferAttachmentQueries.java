package no.lis.tender.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferAttachment;
import no.lis.tender.offers.domain.OfferAttachmentRepository;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.domain.DomainException;

import java.time.Instant;
import java.util.List;

/** The files attached to offers: listed for their supplier, opened for whoever may read the offer. */
@ApplicationScoped
@Transactional
public class OfferAttachmentQueries {

    private final OfferRepository offers;
    private final OfferAttachmentRepository attachments;
    private final TenderOpeningRepository openings;
    private final OfferSeal seal;

    @Inject
    public OfferAttachmentQueries(OfferRepository offers, OfferAttachmentRepository attachments,
                                  TenderOpeningRepository openings, OfferSeal seal) {
        this.offers = offers;
        this.attachments = attachments;
        this.openings = openings;
        this.seal = seal;
    }

    /** For the CDI proxy. */
    protected OfferAttachmentQueries() {
        this(null, null, null, null);
    }

    /** The caller's own attachments on a tender, their names opened with the supplier's key. */
    public List<AttachmentInfo> ownAttachments(Long tenderId, Reader supplier) {
        return supplier.isSupplier() ? offers.findByTenderAndSupplier(tenderId, supplier.supplierId())
                .map(offer -> attachments.findByOffer(offer.getId()).stream()
                        .map(a -> AttachmentInfo.of(a, a.describeFor(supplier, offer, null, seal))).toList())
                .orElse(List.of()) : List.of();
    }

    /** The file, for the offer's supplier, or for a buyer once the offer is opened; anyone else is refused. */
    public AttachmentFile file(Long attachmentId, Reader reader) {
        OfferAttachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new DomainException(null, "offers.notFound"));
        Offer offer = offers.find(attachment.getOfferId()).orElseThrow(() -> new DomainException(null, "offers.notFound"));
        TenderOpening opening = openings.findByTender(offer.getTenderId()).orElse(null);
        byte[] content = attachment.fileFor(reader, offer, opening, seal);
        return new AttachmentFile(attachment.describeFor(reader, offer, opening, seal).fileName(), content);
    }

    public record AttachmentInfo(Long id, String fileName, long sizeBytes, String sha256, Instant uploadedAt) {
        static AttachmentInfo of(OfferAttachment a, OfferAttachment.Description description) {
            return new AttachmentInfo(a.getId(), description.fileName(), a.getSizeBytes(), description.sha256(),
                    a.getUploaded().at());
        }
    }

    public record AttachmentFile(String fileName, byte[] content) {
    }
}
