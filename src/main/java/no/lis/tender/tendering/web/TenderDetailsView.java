package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.ReviseTenderDetails;
import no.lis.tender.tendering.application.ReviseTenderDetailsCommand;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.Tender;

import java.io.Serializable;

/** The details tab of the tender page: title, therapeutic area, specialist group, market phase and instrument. */
@Named
@ViewScoped
public class TenderDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderEditView page;
    @Inject
    TenderCriteriaView criteria;
    @Inject
    ReviseTenderDetails reviseDetails;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private String title;
    private Long therapeuticAreaId;
    private Long specialistGroupId;
    private Integer marketPhase;
    private ProcurementInstrument instrument;
    private boolean severalRankedSuppliersAllowed;

    /** The saved details. */
    @PostConstruct
    void fill() {
        Tender tender = page.getTender();
        if (tender == null) {
            return;
        }
        title = tender.getTitle();
        therapeuticAreaId = tender.getTherapeuticAreaId();
        specialistGroupId = tender.getSpecialistGroupId();
        marketPhase = tender.getMarketPhase().number();
        instrument = tender.getInstrument();
        severalRankedSuppliersAllowed = tender.isSeveralRankedSuppliersAllowed();
    }

    public void save() {
        if (messages.attempt(() -> reviseDetails.revise(new ReviseTenderDetailsCommand(page.getId(), page.version(), title,
                therapeuticAreaId, specialistGroupId, marketPhase, instrument == null ? null : instrument.name(),
                severalRankedSuppliersAllowed), user.username()))) {
            page.reload();
            fill();
            criteria.fill();
            messages.info("tender.saved.details");
        }
    }

    public MarketPhase[] getPhases() {
        return MarketPhase.values();
    }

    public ProcurementInstrument[] getInstruments() {
        return ProcurementInstrument.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    public void setTherapeuticAreaId(Long therapeuticAreaId) {
        this.therapeuticAreaId = therapeuticAreaId;
    }

    public Long getSpecialistGroupId() {
        return specialistGroupId;
    }

    public void setSpecialistGroupId(Long specialistGroupId) {
        this.specialistGroupId = specialistGroupId;
    }

    public Integer getMarketPhase() {
        return marketPhase;
    }

    public void setMarketPhase(Integer marketPhase) {
        this.marketPhase = marketPhase;
    }

    public ProcurementInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(ProcurementInstrument instrument) {
        this.instrument = instrument;
    }

    public boolean isSeveralRankedSuppliersAllowed() {
        return severalRankedSuppliersAllowed;
    }

    public void setSeveralRankedSuppliersAllowed(boolean severalRankedSuppliersAllowed) {
        this.severalRankedSuppliersAllowed = severalRankedSuppliersAllowed;
    }
}
