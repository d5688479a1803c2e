package no.lis.tender.agreements.framework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The agreements with their prices, for buyers: those in force today, or all of them. */
@ApplicationScoped
@Transactional
public class AgreementQueries {

    private final FrameworkAgreementRepository framework;
    private final DirectAgreementRepository direct;
    private final Clock clock;

    @Inject
    public AgreementQueries(FrameworkAgreementRepository framework, DirectAgreementRepository direct, Clock clock) {
        this.framework = framework;
        this.direct = direct;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AgreementQueries() {
        this(null, null, null);
    }

    /** Framework and direct agreements in force today in Norway, or every one if {@code all}. */
    public AgreementRows agreements(boolean all) {
        LocalDate today = today();
        return new AgreementRows(
                (all ? framework.findAll() : framework.findInForceOn(today)).stream()
                        .map(a -> AgreementRows.Framework.of(a, today)).toList(),
                (all ? direct.findAll() : direct.findValidOn(today)).stream()
                        .map(a -> AgreementRows.Direct.of(a, today)).toList());
    }

    /** One framework agreement ({@code agreements.agreement.notFound} for an unknown id). */
    public AgreementRows.Framework framework(Long id) {
        return AgreementRows.Framework.of(Existing.require(id, framework::findById, "agreements.agreement.notFound"),
                today());
    }

    /** Framework agreements of one tender, by lot and market. */
    public List<AgreementRows.Framework> ofTender(Long tenderId) {
        LocalDate today = today();
        return framework.findByTender(tenderId).stream().map(a -> AgreementRows.Framework.of(a, today)).toList();
    }

    /** The view of an agreement just changed by a use case. */
    public AgreementRows.Framework row(FrameworkAgreement agreement) {
        return AgreementRows.Framework.of(agreement, today());
    }

    /** The view of a direct agreement just concluded. */
    public AgreementRows.Direct row(DirectAgreement agreement) {
        return AgreementRows.Direct.of(agreement, today());
    }

    private LocalDate today() {
        return Timeline.osloDate(clock.instant());
    }
}
