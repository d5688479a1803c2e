package no.lis.tender.agreements.framework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.award.application.ConcludedAgreements;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;

import java.util.Map;
import java.util.stream.Collectors;

/** The framework agreements concluded from a tender's award, for the award page. */
@ApplicationScoped
@Transactional
public class AgreementsOfAward implements ConcludedAgreements {

    private final FrameworkAgreementRepository agreements;

    @Inject
    public AgreementsOfAward(FrameworkAgreementRepository agreements) {
        this.agreements = agreements;
    }

    /** For the CDI proxy. */
    protected AgreementsOfAward() {
        this(null);
    }

    @Override
    public Map<String, Long> byMarket(Long tenderId) {
        return agreements.findByTender(tenderId).stream().collect(Collectors.toMap(
                a -> ConcludedAgreements.key(a.getLotNumber(), a.getMarketCode()), FrameworkAgreement::getId));
    }
}
