package no.lis.tender.catalogue.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;

/**
 * Checks what a substance is registered or updated with, reporting every broken rule at once under
 * its field; the parts of the DDD under {@code ddd.amount}, {@code ddd.unit} and {@code ddd.route}.
 */
@Dependent
class SubstanceDetailsCheck {

    @Inject
    SubstanceRepository substances;

    @Inject
    TherapeuticAreaRepository areas;

    /** @param ownId the substance being updated, {@code null} for a new one */
    CheckedSubstanceDetails check(SubstanceDetails typed, Long ownId) {
        Validation validation = new Validation();
        AtcCode atcCode = validation.field("atcCode", () -> new AtcCode(typed.atcCode()));
        String name = validation.field("name", () -> Checks.text(typed.name(), Substance.NAME_LENGTH));
        Ddd ddd = typed.ddd() == null || typed.ddd().isEmpty() ? null
                : Checks.nested(validation, "ddd", typed.ddd()::toDdd);
        TherapeuticArea area = CommandChecks.optionalReference(validation, "therapeuticAreaId",
                typed.therapeuticAreaId(), areas::findById, Thing.THERAPEUTIC_AREA);
        if (atcCode != null) {
            validation.check(substances.findByAtcCode(atcCode).filter(other -> !other.getId().equals(ownId)).isEmpty(),
                    "atcCode", "substance.atcCode.taken", atcCode.value());
        }
        validation.throwIfInvalid();
        return new CheckedSubstanceDetails(atcCode, name, ddd, typed.patentExpiry(), area);
    }
}
