package no.lis.tender.agreements.award.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.ComplaintKind;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The buyer records a supplier's complaint, or its petition to the court for an interim injunction;
 * a petition filed within the standstill suspends it.
 */
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
    public void record(Long tenderId, ComplaintKind kind, LocalDate filedOn, String description, String buyer) {
        AwardAccess.decision(decisions, tenderId).recordComplaint(kind, filedOn, description, buyer, clock);
    }
}
