package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.CriterionInput;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.SubCriterionInput;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A buyer sets the weighted award criteria of a draft tender. Broken rules name fields such as
 * {@code criteria[1].subCriteria[0].title}, {@code criteria.weights} and
 * {@code criteria.environmentJustification}.
 */
@UseCase
public class DefineAwardCriteria {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public DefineAwardCriteria(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected DefineAwardCriteria() {
        this(null, null);
    }

    public void define(DefineAwardCriteriaCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        Validation validation = new Validation();
        List<CriterionInput> inputs = command.criteria() == null ? List.of() : command.criteria();
        List<AwardCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            criteria.add(criterion(validation, "criteria[" + i + "]", inputs.get(i)));
        }
        validation.throwIfInvalid();
        tender.defineCriteria(criteria, command.environmentJustification(), actor, clock);
    }

    /** The criterion, or null if refused; its parts are parsed even so, to report everything at once. */
    private static AwardCriterion criterion(Validation validation, String path, CriterionInput input) {
        CriterionType type = validation.required(input.type(), path + ".type")
                ? Input.choice(validation, path + ".type", CriterionType.class, input.type()) : null;
        boolean weighed = validation.required(input.weight(), path + ".weight");
        if (type == null) {
            return null;
        }
        if (!type.isScored()) {
            PriceFormula formula = Input.choice(validation, path + ".priceFormula", PriceFormula.class,
                    input.priceFormula());
            int maxPoints = input.maxPoints() == null ? AwardCriterion.DEFAULT_PRICE_POINTS : input.maxPoints();
            return weighed
                    ? Input.build(validation, path, () -> AwardCriterion.price(input.weight(), formula, maxPoints))
                    : null;
        }
        List<SubCriterionInput> subInputs = input.subCriteria() == null ? List.of() : input.subCriteria();
        List<SubCriterion> subCriteria = new ArrayList<>();
        for (int j = 0; j < subInputs.size(); j++) {
            subCriteria.add(subCriterion(validation, path + ".subCriteria[" + j + "]", subInputs.get(j)));
        }
        List<SubCriterion> valid = subCriteria.stream().filter(Objects::nonNull).toList();
        return weighed ? Input.build(validation, path, () -> AwardCriterion.scored(type, input.weight(), valid)) : null;
    }

    private static SubCriterion subCriterion(Validation validation, String path, SubCriterionInput input) {
        Scale scale = input.scaleMin() == null || input.scaleMax() == null ? null
                : Input.build(validation, path + ".scale", () -> new Scale(input.scaleMin(), input.scaleMax()));
        return Input.build(validation, path, () -> new SubCriterion(input.title(), input.description(), scale,
                input.libraryCode()));
    }
}
