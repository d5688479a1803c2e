package no.lis.tender.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.PlanTender;
import no.lis.tender.tendering.application.PlanTenderCommand;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.ProcurementInstrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Plans a new tender round: the market phase proposes the instrument and the award criteria. */
@Named
@ViewScoped
public class PlanTenderView extends TenderDetailsFields {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanTender planTender;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private String reference;
    private BigDecimal estimatedValue;
    private Long plannedId;

    public String plan() {
        boolean planned = messages.attemptNamingFields(() -> plannedId = planTender.plan(
                new PlanTenderCommand(reference, title, therapeuticAreaId, specialistGroupId, marketPhase,
                        estimatedValue),
                user.username()));
        return planned ? "/tendering/tender.xhtml?faces-redirect=true&id=" + plannedId : null;
    }

    public MarketPhase getPhase() {
        return marketPhase == null || marketPhase < 0 || marketPhase > 6 ? null : MarketPhase.of(marketPhase);
    }

    /** The instrument the chosen phase proposes. */
    public ProcurementInstrument getProposedInstrument() {
        return getPhase() == null ? null : getPhase().defaultInstrument();
    }

    /** The default weights the chosen phase proposes, as (type, weight) pairs. */
    public List<Map.Entry<CriterionType, Integer>> getProposedWeights() {
        return getPhase() == null ? List.of() : List.copyOf(getPhase().defaultWeights().entrySet());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }
}
