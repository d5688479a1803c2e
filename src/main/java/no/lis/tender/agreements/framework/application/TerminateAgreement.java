package no.lis.tender.agreements.framework.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.AgreementChanged;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Versions;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The buyer terminates a framework agreement before its end, on the version she saw: its last day
 * in force and why (see {@link FrameworkAgreement#terminate}). The recommendations resting on it are
 * flagged where they are read ({@code RecommendationQueries}), and get a next version proposed
 * ({@link AgreementChanged}).
 */
@UseCase
public class TerminateAgreement {

    private final FrameworkAgreementRepository agreements;
    private final Event<AgreementChanged> changed;
    private final Clock clock;

    @Inject
    public TerminateAgreement(FrameworkAgreementRepository agreements, Event<AgreementChanged> changed, Clock clock) {
        this.agreements = agreements;
        this.changed = changed;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected TerminateAgreement() {
        this(null, null, null);
    }

    public FrameworkAgreement terminate(Long agreementId, Long seenVersion, LocalDate lastDay, String reason,
                                        String buyer) {
        FrameworkAgreement agreement = Existing.require(agreementId, agreements::findById,
                "agreements.agreement.notFound");
        Versions.require(agreement.getVersion(), seenVersion);
        agreement.terminate(lastDay, reason, buyer, clock);
        changed.fire(new AgreementChanged(agreement.getId(), AgreementChanged.Change.TERMINATED, agreement.getTerminatedOn()));
        return agreement;
    }
}
