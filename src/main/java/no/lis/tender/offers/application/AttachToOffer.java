package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferAttachment;
import no.lis.tender.offers.domain.OfferAttachmentRepository;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * A supplier attaches a PDF to its own offer (environmental documentation, certificates) before
 * the deadline; an answer then refers to it by id. The file is sealed like the offer.
 */
@UseCase
public class AttachToOffer {

    private final OfferRepository offers;
    private final OfferAttachmentRepository attachments;
    private final TenderRepository tenders;
    private final OfferSeal seal;
    private final Clock clock;

    @Inject
    public AttachToOffer(OfferRepository offers, OfferAttachmentRepository attachments, TenderRepository tenders,
                         OfferSeal seal, Clock clock) {
        this.offers = offers;
        this.attachments = attachments;
        this.tenders = tenders;
        this.seal = seal;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AttachToOffer() {
        this(null, null, null, null, null);
    }

    /**
     * Returns the attachment's id, for the answers that refer to it. The file was read and checked
     * before this transaction ({@code PdfScreening}); the domain applies the verdict.
     */
    public Long attach(Long tenderId, CheckedPdf file, Reader supplier) {
        if (!supplier.isSupplier()) {
            throw new DomainException(null, "offers.suppliersOnly");
        }
        Tender tender = OfferAccess.tender(tenders, tenderId);
        Offer offer = offers.findByTenderAndSupplier(tenderId, supplier.supplierId())
                .orElseGet(() -> offers.save(Offer.start(tender, supplier, clock)));
        return attachments.save(OfferAttachment.attach(offer, tender, supplier, file.fileName(), file.content(), file, seal,
                        clock))
                .getId();
    }
}
