package no.lis.tender.agreements.award.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/** The buyer sets the tender's standstill period in calendar days before she issues the letters. */
@UseCase
public class SetStandstillDays {

    private final TenderRepository tenders;
    private final AwardDecisionRepository decisions;
    private final Clock clock;

    @Inject
    public SetStandstillDays(TenderRepository tenders, AwardDecisionRepository decisions, Clock clock) {
        this.tenders = tenders;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SetStandstillDays() {
        this(null, null, null);
    }

    /** See {@link AwardDecision#setStandstillDays}; starts the award decision if needed. */
    public void set(Long tenderId, int days, String buyer) {
        Tender tender = AwardAccess.tender(tenders, tenderId);
        AwardAccess.decisionStartedBy(decisions, tender, buyer, clock).setStandstillDays(days);
    }
}
