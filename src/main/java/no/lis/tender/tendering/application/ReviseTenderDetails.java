package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/** A buyer changes the title, therapeutic area, specialist group, phase or instrument of a draft. */
@UseCase
public class ReviseTenderDetails {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public ReviseTenderDetails(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ReviseTenderDetails() {
        this(null, null);
    }

    public void revise(ReviseTenderDetailsCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        Validation validation = new Validation();
        MarketPhase phase = Input.marketPhase(validation, command.marketPhase());
        ProcurementInstrument instrument = Input.choice(validation, "instrument", ProcurementInstrument.class,
                command.instrument());
        validation.throwIfInvalid();
        tender.revise(command.title(), command.therapeuticAreaId(), command.specialistGroupId(), phase, instrument,
                command.severalRankedSuppliersAllowed(), actor, clock);
    }
}
