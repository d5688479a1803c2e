package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.Map;

/** A buyer plans a tender round: a draft with the instrument and criteria its market phase suggests. */
@UseCase
public class PlanTender {

    private final TenderRepository tenders;
    private final CriterionTemplateRepository library;
    private final Clock clock;

    @Inject
    public PlanTender(TenderRepository tenders, CriterionTemplateRepository library, Clock clock) {
        this.tenders = tenders;
        this.library = library;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected PlanTender() {
        this(null, null, null);
    }

    /** Returns the id of the new tender; a reference in use is {@code tender.reference.taken}. */
    public Long plan(PlanTenderCommand command, String actor) {
        Validation validation = new Validation();
        TenderReference reference = command.reference() == null || command.reference().isBlank() ? null
                : validation.field("reference", () -> TenderReference.parse(command.reference()));
        if (reference != null) {
            validation.check(tenders.findByReference(reference).isEmpty(), "reference", "tender.reference.taken",
                    reference.value());
        }
        MarketPhase phase = Input.marketPhase(validation, command.marketPhase());
        Tender.checkEstimatedValue(validation, command.estimatedValue());
        Tender tender = Input.build(validation, null, () -> Tender.plan(reference, command.title(),
                command.therapeuticAreaId(), command.specialistGroupId(), phase, library.findActive(), actor, clock));
        validation.throwIfInvalid();
        if (command.estimatedValue() != null) {
            tender.prepareNotice(command.estimatedValue(), Map.of(), actor, clock);
        }
        return tenders.save(tender).getId();
    }
}
