package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/** A buyer cancels a tender round; the reason is kept and the step logged. */
@UseCase
public class CancelTender {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public CancelTender(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected CancelTender() {
        this(null, null);
    }

    public void cancel(CancelTenderCommand command, String actor) {
        TenderEdits.load(tenders, command.tenderId(), command.version()).cancel(command.reason(), actor, clock);
    }
}
