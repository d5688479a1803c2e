package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.infrastructure.BatchReads;
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
        return withLinesAndOptions(named("findInForceOn", "date", date)).getResultList();
    }

    @Override
    public List<FrameworkAgreement> findAll() {
        return withLinesAndOptions(named("findAll")).getResultList();
    }

    /**
     * The agreements' lines and options read for all of them at once (EclipseLink's batch fetch, one
     * {@code IN} read per collection) instead of one read per agreement when a page walks them.
     */
    private static TypedQuery<FrameworkAgreement> withLinesAndOptions(TypedQuery<FrameworkAgreement> query) {
        return query.setHint(BatchReads.BATCH, "a.lines").setHint(BatchReads.BATCH, "a.options")
                .setHint(BatchReads.BATCH_TYPE, BatchReads.IN);
    }
}
