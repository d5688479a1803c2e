package no.lis.tender.agreements.award.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;

/** The buyer records a complaint resolved, with its outcome; the standstill resumes. */
@UseCase
public class ResolveComplaint {

    private final AwardDecisionRepository decisions;
    private final Clock clock;

    @Inject
    public ResolveComplaint(AwardDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ResolveComplaint() {
        this(null, null);
    }

    /** See {@link AwardDecision#resolveComplaint}: complaint {@code number}, 1 for the first recorded. */
    public void resolve(Long tenderId, int number, String outcome, String buyer) {
        AwardAccess.decision(decisions, tenderId).resolveComplaint(number, outcome, buyer, clock);
    }
}
