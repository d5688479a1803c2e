package no.lis.tender.tendering.web;

import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.SubCriterionInput;
import no.lis.tender.tendering.domain.SubCriterion;

import java.io.Serializable;

/** One sub-criterion as edited. */
public final class SubCriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private Integer scaleMin;
    private Integer scaleMax;
    private final String libraryCode;

    SubCriterionRow(String title, String description, Integer scaleMin, Integer scaleMax, String libraryCode) {
        this.title = title;
        this.description = description;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.libraryCode = libraryCode;
    }

    static SubCriterionRow of(SubCriterion s) {
        return new SubCriterionRow(s.getTitle(), s.getDescription(), s.getScale().getMin(), s.getScale().getMax(),
                s.getLibraryCode());
    }

    SubCriterionInput toInput() {
        return new SubCriterionInput(title, description, scaleMin, scaleMax, libraryCode);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public void setScaleMin(Integer scaleMin) {
        this.scaleMin = scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public String getLibraryCode() {
        return libraryCode;
    }
}
