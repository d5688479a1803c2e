package no.lis.tender.tendering.web;

import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.CriterionInput;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One award criterion as edited: its weight, and its formula (price) or sub-criteria (the others). */
public final class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private CriterionType type;
    private Integer weight;
    private PriceFormula priceFormula;
    private Integer maxPoints;
    private List<SubCriterionRow> subCriteria = new ArrayList<>();
    private String templateToAdd;

    static CriterionRow empty(CriterionType type) {
        CriterionRow row = new CriterionRow();
        row.type = type;
        row.weight = 0;
        if (!type.isScored()) {
            row.priceFormula = PriceFormula.LOWEST_PRICE_RATIO;
            row.maxPoints = AwardCriterion.DEFAULT_PRICE_POINTS;
        }
        return row;
    }

    static CriterionRow of(AwardCriterion criterion) {
        CriterionRow row = empty(criterion.getType());
        row.weight = criterion.getWeight();
        if (criterion.getPriceFormula() != null) {
            row.priceFormula = criterion.getPriceFormula();
            row.maxPoints = criterion.getMaxPoints();
        }
        criterion.getSubCriteria().forEach(s -> row.subCriteria.add(SubCriterionRow.of(s)));
        return row;
    }

    boolean isUsed() {
        return weight != null && (weight > 0 || !subCriteria.isEmpty());
    }

    CriterionInput toInput() {
        return new CriterionInput(type.name(), weight, priceFormula == null ? null : priceFormula.name(), maxPoints,
                subCriteria.stream().map(SubCriterionRow::toInput).toList());
    }

    public boolean isScored() {
        return type.isScored();
    }

    public CriterionType getType() {
        return type;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public PriceFormula getPriceFormula() {
        return priceFormula;
    }

    public void setPriceFormula(PriceFormula priceFormula) {
        this.priceFormula = priceFormula;
    }

    public Integer getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(Integer maxPoints) {
        this.maxPoints = maxPoints;
    }

    public List<SubCriterionRow> getSubCriteria() {
        return subCriteria;
    }

    public String getTemplateToAdd() {
        return templateToAdd;
    }

    public void setTemplateToAdd(String templateToAdd) {
        this.templateToAdd = templateToAdd;
    }
}
