package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;

import java.util.Objects;

/** Names one sub-criterion of a tender: the type of its award criterion and its title (unique within it). */
public record SubCriterionRef(CriterionType type, String title) {

    public SubCriterionRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public String toString() {
        return type + ": " + title;
    }
}
