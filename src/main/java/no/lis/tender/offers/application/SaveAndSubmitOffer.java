package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

/**
 * A supplier saves what it has written and submits it, in one transaction: either the draft is
 * saved and submitted, with a receipt, or neither happens. A submission refused at the deadline
 * (or once the opening has started) leaves the offer as it was, not a new draft that was never
 * submitted. The tender is read once, without its lock, and locked last, once, as for {@link SubmitOffer}.
 */
@UseCase
public class SaveAndSubmitOffer {

    private final TenderRepository tenders;
    private final OfferRepository offers;
    private final SaveOfferDraft saveDraft;
    private final SubmitOffer submit;

    @Inject
    public SaveAndSubmitOffer(TenderRepository tenders, OfferRepository offers, SaveOfferDraft saveDraft,
                              SubmitOffer submit) {
        this.tenders = tenders;
        this.offers = offers;
        this.saveDraft = saveDraft;
        this.submit = submit;
    }

    /** For the CDI proxy. */
    protected SaveAndSubmitOffer() {
        this(null, null, null, null);
    }

    /** Saves {@code command} as the caller's draft (at the version it loaded) and submits it; answers the receipt. */
    public OfferReceipt saveAndSubmit(SaveOfferDraftCommand command, Reader supplier) {
        Tender tender = OfferAccess.tender(tenders, command.tenderId());
        Long offerId = saveDraft.save(command, tender, supplier);
        // the offer the save just checked and stored: nobody else can have changed it in between
        return submit.submit(offers.find(offerId).orElseThrow(), tender, supplier);
    }
}
