package no.lis.tender.agreements.framework.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.AgreementChanged;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;

/** The buyer exercises or declines the next option of a framework agreement. */
@UseCase
public class DecideAgreementOption {

    private final FrameworkAgreementRepository agreements;
    private final Event<AgreementChanged> changed;
    private final Clock clock;

    @Inject
    public DecideAgreementOption(FrameworkAgreementRepository agreements, Event<AgreementChanged> changed, Clock clock) {
        this.agreements = agreements;
        this.changed = changed;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected DecideAgreementOption() {
        this(null, null, null);
    }

    /** See {@link FrameworkAgreement#exerciseOption}: the end moves on. */
    public FrameworkAgreement exercise(Long agreementId, int number, String buyer) {
        FrameworkAgreement agreement = agreement(agreementId);
        agreement.exerciseOption(number, buyer, clock);
        changed.fire(new AgreementChanged(agreement.getId(), AgreementChanged.Change.OPTION_EXERCISED, null));
        return agreement;
    }

    /** See {@link FrameworkAgreement#declineOption}: the later options lapse. */
    public FrameworkAgreement decline(Long agreementId, int number, String buyer) {
        FrameworkAgreement agreement = agreement(agreementId);
        agreement.declineOption(number, buyer, clock);
        changed.fire(new AgreementChanged(agreement.getId(), AgreementChanged.Change.OPTION_DECLINED, agreement.getEnd()));
        return agreement;
    }

    private FrameworkAgreement agreement(Long id) {
        return Existing.require(id, agreements::findById, "agreements.agreement.notFound");
    }
}
