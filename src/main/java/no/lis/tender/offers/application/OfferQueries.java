package no.lis.tender.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.offers.domain.LotTallyRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pages and the API read about offers; changes nothing. Every method that is given an
 * offer checks the caller against that offer: a supplier reads only its own offers, drafts and
 * receipts; buyers read content only after a confirmed opening; no one else reads content.
 */
@ApplicationScoped
@Transactional
public class OfferQueries {

    private final OfferRepository offers;
    private final TenderOpeningRepository openings;
    private final TenderRepository tenders;
    private final SupplierRepository suppliers;
    private final LotTallyRepository tally;
    private final OfferSeal seal;

    @Inject
    public OfferQueries(OfferRepository offers, TenderOpeningRepository openings, TenderRepository tenders,
                        SupplierRepository suppliers, LotTallyRepository tally, OfferSeal seal) {
        this.offers = offers;
        this.openings = openings;
        this.tenders = tenders;
        this.suppliers = suppliers;
        this.tally = tally;
        this.seal = seal;
    }

    /** For the CDI proxy. */
    protected OfferQueries() {
        this(null, null, null, null, null, null);
    }

    /** The caller's own offer on tender {@code tenderId}, if it has one; only a supplier's user may ask. */
    public Optional<OwnOffer> ownOffer(Long tenderId, Reader supplier) {
        if (!supplier.isSupplier()) {
            throw new DomainException(null, "offers.suppliersOnly");
        }
        Tender tender = OfferAccess.tender(tenders, tenderId);
        return offers.findByTenderAndSupplier(tender.getId(), supplier.supplierId())
                .map(offer -> ownOffer(offer, tender, supplier));
    }

    /** Offer {@code offerId}, if the caller's own ({@code offers.notYours} otherwise). */
    public OwnOffer ownOfferById(Long offerId, Reader supplier) {
        Offer offer = OfferAccess.own(offers, offerId, supplier);
        return ownOffer(offer, OfferAccess.tender(tenders, offer.getTenderId()), supplier);
    }

    private OwnOffer ownOffer(Offer offer, Tender tender, Reader supplier) {
        return new OwnOffer(offer.getId(), offer.getTenderId(), offer.getVersion(), offer.getStatus(),
                offer.draftFor(supplier, seal).orElse(null), offer.getDraftSavedAt(),
                offer.contentFor(supplier, null, seal).orElse(null), receipts(offer, tender, supplier));
    }

    /** The offer's receipts with their lots, which only the supplier's own key opens. */
    private List<OfferReceipt> receipts(Offer offer, Tender tender, Reader reader) {
        Supplier supplier = OfferAccess.supplierOf(suppliers, offer);
        return offer.getReceipts().stream().map(receipt -> OfferReceipt.of(offer, receipt,
                offer.lotsOf(receipt, reader, seal), tender, supplier)).toList();
    }

    /** The receipt of submission {@code submissionNumber} of offer {@code offerId}, for its own supplier only. */
    public OfferReceipt receipt(Long offerId, int submissionNumber, Reader supplier) {
        Offer offer = OfferAccess.own(offers, offerId, supplier);
        return receipts(offer, OfferAccess.tender(tenders, offer.getTenderId()), supplier).stream()
                .filter(receipt -> receipt.submissionNumber() == submissionNumber).findFirst()
                .orElseThrow(() -> new DomainException(null, "offers.receipt.notFound", submissionNumber));
    }

    /** How many offers stand submitted on each lot of the tender, by lot number; for buyers, and nothing more. */
    public Map<Integer, Long> submittedPerLot(Long tenderId, Reader buyer) {
        if (!buyer.isBuyer()) {
            throw new DomainException(null, "offers.buyersOnly");
        }
        return tally.countByLot(tenderId);
    }

    /** Where the opening of the tender's offers stands: empty until a buyer starts it. */
    public Optional<TenderOpening> opening(Long tenderId) {
        return openings.findByTender(tenderId);
    }

    /**
     * The offers opened on the tender, each with what the opening found and, if it was found
     * intact, its content: for buyers, once the opening is confirmed ({@code offers.sealed}). An
     * offer that failed its check is listed without content, never read as if nothing had happened.
     */
    public List<OpenedOffer> openedOffers(Long tenderId, Reader buyer) {
        TenderOpening opening = openings.findByTender(tenderId)
                .orElseThrow(() -> new DomainException(null, "offers.sealed"));
        opening.requireReadableBy(buyer);
        Tender tender = OfferAccess.tender(tenders, tenderId);
        return offers.findByTender(tenderId).stream().filter(offer -> opening.checkOf(offer.getId()).isPresent())
                .map(offer -> {
                    OpeningCheck check = opening.checkOf(offer.getId()).orElseThrow();
                    OfferContent content = check.isIntact() ? offer.contentFor(buyer, opening, seal).orElseThrow() : null;
                    OfferReceipt receipt = OfferReceipt.of(offer, offer.lastReceipt().orElseThrow(),
                            content == null ? List.of() : content.lotNumbers(), tender,
                            OfferAccess.supplierOf(suppliers, offer));
                    return new OpenedOffer(offer.getId(), receipt, content, check);
                })
                .toList();
    }
}
