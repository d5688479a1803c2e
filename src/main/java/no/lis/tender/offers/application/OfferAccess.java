package no.lis.tender.offers.application;

import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

/** Loads what a use case or query acts on, checking who asks on the object itself, not by role alone. */
final class OfferAccess {

    private static final String TENDER_NOT_FOUND = "offers.tenderNotFound";

    private OfferAccess() {
    }

    /**
     * Tender {@code id} as committed now, read only and without its lock: what an offer is saved,
     * checked and sealed against. A submission or withdrawal confirms its outcome against the tender
     * under its lock last ({@link #lockedLast}).
     */
    static Tender tender(TenderRepository tenders, Long id) {
        return Existing.require(id, tenders::findReadOnly, TENDER_NOT_FOUND);
    }

    /**
     * Tender {@code id} locked exclusively to the end of the transaction, after every submission and
     * withdrawal in progress on it has ended ({@link #tenderForOffer}): the opening's start and
     * confirmation take it, so that every offer with a receipt is in the opening and nothing changes
     * once the opening has started.
     */
    static Tender lockedTender(TenderRepository tenders, Long id) {
        return Existing.require(id, tenders::findLocked, TENDER_NOT_FOUND);
    }

    /**
     * Tender {@code id} locked exclusively to the end of the transaction, as the last step of submitting
     * or withdrawing one supplier's offer: the offer is saved, checked, sealed and counted first, against
     * the tender read without the lock ({@link #tender}), and the outcome is then confirmed against the
     * tender as it stands under the lock ({@code Offer.requireStillOpen}). Submissions to one tender take
     * turns only for that check and their commit, and the opening ({@link #lockedTender}) waits for the
     * one in progress. Why not a shared lock: docs/domain.md, "One lock per tender".
     */
    static Tender lockedLast(TenderRepository tenders, Long id) {
        return lockedTender(tenders, id);
    }

    /** The supplier whose offer it is; offers are only ever made by suppliers of the catalogue. */
    static Supplier supplierOf(SupplierRepository suppliers, Offer offer) {
        return suppliers.findById(offer.getSupplierId())
                .orElseThrow(() -> new IllegalStateException("no supplier " + offer.getSupplierId() + " for " + offer));
    }

    /**
     * Offer {@code id} if {@code reader} acts for its supplier. An unknown id is refused as
     * {@code offers.notFound}, another supplier's offer as {@code offers.notYours}: both say only
     * that there is no such offer.
     */
    static Offer own(OfferRepository offers, Long id, Reader reader) {
        Offer offer = offers.find(id).orElseThrow(() -> new DomainException(null, "offers.notFound"));
        offer.requireOwnedBy(reader);
        return offer;
    }

    /** {@link #own}, refused as changed by someone else unless still at the {@code version} the caller loaded. */
    static Offer ownAtVersion(OfferRepository offers, Long id, Long version, Reader reader) {
        Offer offer = own(offers, id, reader);
        Versions.require(offer.getVersion(), version);
        return offer;
    }
}
