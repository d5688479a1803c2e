package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.SubmittedOffer;
import no.lis.tender.shared.Stored;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Offers kept in a list, ids given as the database would. */
class InMemoryOffers implements OfferRepository {

    private final List<Offer> offers = new ArrayList<>();

    @Override
    public Optional<Offer> find(Long id) {
        return offers.stream().filter(offer -> offer.getId().equals(id)).findFirst();
    }

    @Override
    public Optional<Offer> findByTenderAndSupplier(Long tenderId, Long supplierId) {
        return offers.stream().filter(offer -> offer.getTenderId().equals(tenderId)
                && offer.getSupplierId().equals(supplierId)).findFirst();
    }

    @Override
    public List<Offer> findByTender(Long tenderId) {
        return offers.stream().filter(offer -> offer.getTenderId().equals(tenderId)).toList();
    }

    @Override
    public List<SubmittedOffer> lastSubmissions(Long tenderId) {
        return findByTender(tenderId).stream().flatMap(offer -> SubmittedOffer.of(offer).stream())
                .sorted(Comparator.comparing(SubmittedOffer::offerId)).toList();
    }

    @Override
    public Offer save(Offer offer) {
        if (offers.contains(offer)) {
            throw new IllegalStateException("UQ_OFR_OFFER_TENDER_SUPPLIER");
        }
        offers.add(Stored.withId(offer, offers.size() + 1L));
        return offer;
    }
}
