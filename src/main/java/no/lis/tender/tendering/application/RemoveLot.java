package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/** A buyer removes a lot from a draft tender. */
@UseCase
public class RemoveLot {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public RemoveLot(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RemoveLot() {
        this(null, null);
    }

    public void remove(RemoveLotCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        if (command.lotNumber() == null) {
            throw new DomainException("lotNumber", "validation.required");
        }
        tender.removeLot(command.lotNumber(), actor, clock);
    }
}
