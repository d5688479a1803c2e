package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Scale;

/** A buyer maintains the criteria library: adds a template, changes it or deactivates it. */
@UseCase
public class SaveCriterionTemplate {

    private final CriterionTemplateRepository library;

    @Inject
    public SaveCriterionTemplate(CriterionTemplateRepository library) {
        this.library = library;
    }

    /** For the CDI proxy. */
    protected SaveCriterionTemplate() {
        this(null);
    }

    /** Returns the id of the template saved; a code in use is {@code criterionTemplate.code.taken}. */
    public Long save(SaveCriterionTemplateCommand command) {
        Validation validation = new Validation();
        CriterionType type = Input.choice(validation, "type", CriterionType.class, command.type());
        Scale scale = command.scaleMin() == null || command.scaleMax() == null ? null
                : Input.build(validation, "defaultScale", () -> new Scale(command.scaleMin(), command.scaleMax()));
        if (command.id() == null) {
            CriterionTemplate template = Input.build(validation, null, () -> new CriterionTemplate(command.code(),
                    type, command.title(), command.description(), scale, command.active()));
            if (template != null) {
                validation.check(library.findByCode(template.getCode()).isEmpty(), "code",
                        "criterionTemplate.code.taken", template.getCode());
            }
            validation.throwIfInvalid();
            return library.save(template).getId();
        }
        CriterionTemplate template = Existing.current(command.id(), command.version(), library::find,
                Thing.CRITERION_TEMPLATE, CriterionTemplate::getCode);
        Input.build(validation, null, () -> {
            template.revise(type, command.title(), command.description(), scale, command.active());
            return template;
        });
        validation.throwIfInvalid();
        return template.getId();
    }
}
