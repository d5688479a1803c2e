package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Versions;

/** The buyer sets the months of cover (safety stock) the suppliers of a framework agreement keep, on the version she saw. */
@UseCase
public class AgreeSupplyCover {

    private final FrameworkAgreementRepository agreements;

    @Inject
    public AgreeSupplyCover(FrameworkAgreementRepository agreements) {
        this.agreements = agreements;
    }

    /** For the CDI proxy. */
    protected AgreeSupplyCover() {
        this(null);
    }

    /** See {@link FrameworkAgreement#agreeCover}. */
    public FrameworkAgreement agree(Long agreementId, Long seenVersion, Integer months) {
        FrameworkAgreement agreement = Existing.require(agreementId, agreements::findById,
                "agreements.agreement.notFound");
        Versions.require(agreement.getVersion(), seenVersion);
        agreement.agreeCover(months);
        return agreement;
    }
}
