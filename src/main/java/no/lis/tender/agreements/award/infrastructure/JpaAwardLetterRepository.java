package no.lis.tender.agreements.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.AwardLetterRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAwardLetterRepository extends JpaRepository<AwardLetter> implements AwardLetterRepository {

    @Override
    public List<AwardLetter> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }

    @Override
    public Optional<AwardLetter> findByTenderAndSupplier(Long tenderId, Long supplierId) {
        return first("findByTenderAndSupplier", "tenderId", tenderId, "supplierId", supplierId);
    }

    @Override
    public List<AwardLetter> findBySupplier(Long supplierId) {
        return list("findBySupplier", "supplierId", supplierId);
    }
}
