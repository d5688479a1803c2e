package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQualificationRepository extends JpaRepository<Qualification> implements QualificationRepository {

    @Override
    public Optional<Qualification> findByTenderAndOffer(Long tenderId, Long offerId) {
        return first("findByTenderAndOffer", "tenderId", tenderId, "offerId", offerId);
    }

    @Override
    public List<Qualification> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }
}
