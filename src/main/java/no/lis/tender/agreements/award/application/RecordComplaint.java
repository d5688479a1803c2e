package no.lis.tender.agreements.award.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;

/** The buyer records a complaint received during the standstill; it suspends the standstill. */
@UseCase
public class RecordComplaint {

    private final AwardDecisionRepository decisions;
    private final Clock clock;

    @Inject
    public RecordComplaint(AwardDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecordComplaint() {
        this(null, null);
    }

    /** See {@link AwardDecision#recordComplaint}. */
    public void record(Long tenderId, String description, String buyer) {
        AwardAccess.decision(decisions, tenderId).recordComplaint(description, buyer, clock);
    }
}
