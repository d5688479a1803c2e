package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.application.DefineQualificationRequirementsCommand.RequirementInput;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A buyer sets the qualification requirements (kvalifikasjonskrav) of a draft tender, which the
 * suppliers state against in their ESPD. Broken rules name fields such as
 * {@code requirements[1].threshold}; all are reported at once.
 */
@UseCase
public class DefineQualificationRequirements {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public DefineQualificationRequirements(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected DefineQualificationRequirements() {
        this(null, null);
    }

    public void define(DefineQualificationRequirementsCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        Validation validation = new Validation();
        List<RequirementInput> inputs = command.requirements() == null ? List.of() : command.requirements();
        List<QualificationRequirement> requirements = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = "requirements[" + i + "]";
            RequirementInput input = inputs.get(i);
            if (validation.required(input, path)) {
                QualificationKind kind = validation.required(input.kind(), path + ".kind")
                        ? Input.choice(validation, path + ".kind", QualificationKind.class, input.kind()) : null;
                requirements.add(Input.build(validation, path,
                        () -> new QualificationRequirement(kind, input.text(), input.threshold())));
            }
        }
        validation.throwIfInvalid();
        tender.defineQualificationRequirements(requirements.stream().filter(Objects::nonNull).toList(), actor, clock);
    }
}
