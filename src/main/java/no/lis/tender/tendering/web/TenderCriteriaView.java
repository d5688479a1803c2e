package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.DefineAwardCriteria;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.CriterionInput;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Tender;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The award criteria tab of the tender page: one row per criterion type with its weight, and its
 * price formula or sub-criteria, some of them taken from the criteria library.
 */
@Named
@ViewScoped
public class TenderCriteriaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderEditView page;
    @Inject
    TenderQueries queries;
    @Inject
    DefineAwardCriteria defineCriteria;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<CriterionRow> criteria = new ArrayList<>();
    // entities, so transient: read at most once per node for the view, not once per criterion row and render
    private transient List<CriterionTemplate> activeTemplates;
    private String environmentJustification;

    /** The saved criteria, and an empty row for each type the tender does not use. */
    @PostConstruct
    void fill() {
        Tender tender = page.getTender();
        if (tender == null) {
            return;
        }
        criteria = new ArrayList<>();
        for (CriterionType type : CriterionType.values()) {
            AwardCriterion existing = tender.getCriteria().stream().filter(c -> c.getType() == type).findFirst().orElse(null);
            criteria.add(existing == null ? CriterionRow.empty(type) : CriterionRow.of(existing));
        }
        environmentJustification = tender.getEnvironmentJustification() == null ? null
                : tender.getEnvironmentJustification().getText();
    }

    /** Adds the library's sub-criterion chosen in the row, or an empty one of the buyer's own. */
    public void addSubCriterion(CriterionRow row) {
        String code = row.getTemplateToAdd();
        if (code == null) {
            row.getSubCriteria().add(new SubCriterionRow(null, null, 0, 10, null));
            return;
        }
        activeTemplates().stream().filter(t -> t.getCode().equals(code)).findFirst()
                .ifPresent(t -> row.getSubCriteria().add(SubCriterionRow.of(t.toSubCriterion())));
        row.setTemplateToAdd(null);
    }

    public void removeSubCriterion(CriterionRow row, int index) {
        row.getSubCriteria().remove(index);
    }

    public void save() {
        List<CriterionInput> inputs = criteria.stream().filter(CriterionRow::isUsed).map(CriterionRow::toInput).toList();
        if (messages.attemptOnTabs(TenderPageFields::of, () -> defineCriteria.define(new DefineAwardCriteriaCommand(page.getId(), page.version(),
                inputs, environmentJustification), user.username()))) {
            page.reload();
            fill();
            messages.info("tender.saved.criteria");
        }
    }

    /** The sum of the weights as typed, shown beside the criteria before they are saved. */
    public int getWeightSum() {
        return criteria.stream().map(CriterionRow::getWeight).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public boolean isEnvironmentBelowMainRule() {
        return criteria.stream().anyMatch(r -> r.getType() == CriterionType.ENVIRONMENT
                && (r.getWeight() == null || r.getWeight() < Tender.ENVIRONMENT_MAIN_RULE_WEIGHT));
    }

    public int getEnvironmentMainRule() {
        return Tender.ENVIRONMENT_MAIN_RULE_WEIGHT;
    }

    public List<CriterionTemplate> library(CriterionType type) {
        return activeTemplates().stream().filter(t -> t.getType() == type).toList();
    }

    private List<CriterionTemplate> activeTemplates() {
        if (activeTemplates == null) {
            activeTemplates = queries.activeCriterionTemplates();
        }
        return activeTemplates;
    }

    public PriceFormula[] getPriceFormulas() {
        return PriceFormula.values();
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public String getEnvironmentJustification() {
        return environmentJustification;
    }

    public void setEnvironmentJustification(String environmentJustification) {
        this.environmentJustification = environmentJustification;
    }
}
