package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.CriterionType;

import java.io.Serializable;

/**
 * Names one sub-criterion of a tender: the type of its award criterion and its title (unique within
 * it). Both are required, as fields of the input that names it.
 */
public record SubCriterionRef(CriterionType type, String title) implements Serializable {

    public SubCriterionRef {
        Validation validation = new Validation();
        validation.required(type, "type");
        validation.required(title, "title");
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return type + ": " + title;
    }
}
