package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaTenderOpeningRepository extends JpaRepository<TenderOpening> implements TenderOpeningRepository {

    @Override
    public Optional<TenderOpening> findByTender(Long tenderId) {
        return first("findByTender", "tenderId", tenderId);
    }
}
