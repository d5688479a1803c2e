package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFrameworkAgreementRepository extends JpaRepository<FrameworkAgreement> implements FrameworkAgreementRepository {

    @Override
    public List<FrameworkAgreement> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }

    @Override
    public Optional<FrameworkAgreement> findByTenderLotAndMarket(Long tenderId, int lotNumber, String marketCode) {
        return first("findByTenderLotAndMarket", "tenderId", tenderId, "lotNumber", lotNumber, "marketCode", marketCode);
    }

    @Override
    public List<FrameworkAgreement> findInForceOn(LocalDate date) {
        return list("findInForceOn", "date", date);
    }

    @Override
    public List<FrameworkAgreement> findAll() {
        return list("findAll");
    }
}
