package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.Optional;

/**
 * A supplier saves its draft offer on a tender, sealed, until the submission deadline. The offer
 * saved is always the caller's own: it is found by tender and the supplier the caller acts for.
 */
@UseCase
public class SaveOfferDraft {

    private final OfferRepository offers;
    private final TenderRepository tenders;
    private final OfferSeal seal;
    private final Clock clock;

    @Inject
    public SaveOfferDraft(OfferRepository offers, TenderRepository tenders, OfferSeal seal, Clock clock) {
        this.offers = offers;
        this.tenders = tenders;
        this.seal = seal;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SaveOfferDraft() {
        this(null, null, null, null);
    }

    /** Returns the id of the offer. */
    public Long save(SaveOfferDraftCommand command, Reader supplier) {
        Tender tender = OfferAccess.tender(tenders, command.tenderId());
        Optional<Offer> existing = supplier.isSupplier()
                ? offers.findByTenderAndSupplier(tender.getId(), supplier.supplierId()) : Optional.empty();
        Offer offer = existing.orElseGet(() -> Offer.start(tender, supplier, clock));
        if (existing.isPresent()) {
            OfferAccess.checkVersion(offer.getVersion(), command.version());
        } else if (command.version() != null) {
            throw new DomainException(null, "concurrent.modification.generic");
        }
        Validation validation = new Validation();
        OfferContent content = ContentInput.content(validation, command.lots());
        validation.throwIfInvalid();
        offer.saveDraft(tender, content, seal, clock);
        return existing.isPresent() ? offer.getId() : offers.save(offer).getId();
    }
}
