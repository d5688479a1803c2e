package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.SubmittedOffer;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOfferRepository extends JpaRepository<Offer> implements OfferRepository {

    @Override
    public Optional<Offer> find(Long id) {
        return Optional.ofNullable(id).map(key -> em.find(Offer.class, key));
    }

    @Override
    public Optional<Offer> findByTenderAndSupplier(Long tenderId, Long supplierId) {
        return first("findByTenderAndSupplier", "tenderId", tenderId, "supplierId", supplierId);
    }

    @Override
    public List<Offer> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }

    @Override
    public List<SubmittedOffer> lastSubmissions(Long tenderId) {
        // the receipts in submission order, the last of each offer kept: the offer's own columns and its
        // receipts only, not the ciphertexts in its row
        Map<Long, SubmittedOffer> last = new LinkedHashMap<>();
        for (Object[] row : query(Object[].class, "Offer.receiptsByTender", "tenderId", tenderId).getResultList()) {
            SubmittedOffer submitted = new SubmittedOffer((Long) row[0], (Long) row[1], ((Number) row[2]).intValue(),
                    (Instant) row[3], (String) row[4]);
            last.put(submitted.offerId(), submitted);
        }
        return List.copyOf(last.values());
    }
}
