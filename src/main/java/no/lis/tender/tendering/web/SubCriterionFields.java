package no.lis.tender.tendering.web;

import java.io.Serializable;

/**
 * A sub-criterion's text and scale as a buyer types them: a row of a tender's award criteria, or a
 * template in the criteria library.
 */
public abstract class SubCriterionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String title;
    protected String description;
    protected Integer scaleMin;
    protected Integer scaleMax;

    protected SubCriterionFields(String title, String description, Integer scaleMin, Integer scaleMax) {
        this.title = title;
        this.description = description;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
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
}
