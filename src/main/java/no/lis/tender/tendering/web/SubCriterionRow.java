package no.lis.tender.tendering.web;

import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.SubCriterionInput;
import no.lis.tender.tendering.domain.SubCriterion;

/** One sub-criterion as edited. */
public final class SubCriterionRow extends SubCriterionFields {

    private static final long serialVersionUID = 1L;

    private final String libraryCode;

    SubCriterionRow(String title, String description, Integer scaleMin, Integer scaleMax, String libraryCode) {
        super(title, description, scaleMin, scaleMax);
        this.libraryCode = libraryCode;
    }

    static SubCriterionRow of(SubCriterion s) {
        return new SubCriterionRow(s.getTitle(), s.getDescription(), s.getScale().getMin(), s.getScale().getMax(),
                s.getLibraryCode());
    }

    SubCriterionInput toInput() {
        return new SubCriterionInput(title, description, scaleMin, scaleMax, libraryCode);
    }

    public String getLibraryCode() {
        return libraryCode;
    }
}
