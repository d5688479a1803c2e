package no.lis.tender.offers.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferAttachment;
import no.lis.tender.offers.domain.OfferAttachmentRepository;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.Arrival;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A supplier saves its draft offer on a tender, sealed, until the submission deadline. The offer
 * saved is always the caller's own: it is found by tender and the supplier the caller acts for.
 * The deadline is judged at the arrival of the request ({@link Arrival}). A draft is never opened,
 * so saving one does not wait for the tender's lock; {@link SaveAndSubmitOffer} does.
 */
@UseCase
public class SaveOfferDraft {

    private final OfferRepository offers;
    private final OfferAttachmentRepository attachments;
    private final TenderRepository tenders;
    private final OfferSeal seal;
    private final Clock clock;

    @Inject
    public SaveOfferDraft(OfferRepository offers, OfferAttachmentRepository attachments, TenderRepository tenders,
                         OfferSeal seal, @Arrival Clock clock) {
        this.offers = offers;
        this.attachments = attachments;
        this.tenders = tenders;
        this.seal = seal;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SaveOfferDraft() {
        this(null, null, null, null, null);
    }

    /** Returns the id of the offer. */
    public Long save(SaveOfferDraftCommand command, Reader supplier) {
        return save(command, OfferAccess.tender(tenders, command.tenderId()), supplier);
    }

    /** {@link #save(SaveOfferDraftCommand, Reader)} on {@code tender}, the command's, as the caller has read it. */
    public Long save(SaveOfferDraftCommand command, Tender tender, Reader supplier) {
        if (!tender.getId().equals(command.tenderId())) {
            throw new IllegalArgumentException("the draft is for tender " + command.tenderId() + ", not " + tender.getId());
        }
        Optional<Offer> existing = supplier.isSupplier()
                ? offers.findByTenderAndSupplier(tender.getId(), supplier.supplierId()) : Optional.empty();
        Offer offer = atVersion(existing, command.version(), tender, supplier, clock);
        Validation validation = new Validation();
        OfferContent content = ContentInput.content(validation, command.lots(), command.espd());
        validation.throwIfInvalid();
        requireOwnAttachments(content, existing.map(o -> attachments.findByOffer(o.getId())).orElse(List.of()));
        // a new offer is stored first: what is sealed in it is bound to its id
        Offer stored = existing.isPresent() ? offer : offers.save(offer);
        stored.saveDraft(tender, content, seal, clock);
        return stored.getId();
    }

    /** The caller's offer at the version she loaded, or a new one (not yet stored) if she has none and loaded none. */
    static Offer atVersion(Optional<Offer> existing, Long version, Tender tender, Reader supplier, Clock clock) {
        if (existing.isPresent()) {
            Versions.require(existing.get().getVersion(), version);
            return existing.get();
        }
        Versions.requireNone(version);
        return Offer.start(tender, supplier, clock);
    }

    /** An answer may refer only to files attached to this very offer (not another supplier's, not unknown ids). */
    private static void requireOwnAttachments(OfferContent content, List<OfferAttachment> own) {
        Set<Long> ownIds = own.stream().map(OfferAttachment::getId).collect(Collectors.toSet());
        List<Long> foreign = content.lots().stream().flatMap(lot -> lot.answers().stream())
                .flatMap(answer -> answer.attachmentDocumentIds().stream()).filter(id -> !ownIds.contains(id)).toList();
        if (!foreign.isEmpty()) {
            throw new DomainException("attachmentDocumentIds", "offers.attachment.unknown", foreign.get(0));
        }
    }
}
