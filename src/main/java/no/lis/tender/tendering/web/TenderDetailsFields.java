package no.lis.tender.tendering.web;

import no.lis.tender.tendering.domain.MarketPhase;

import java.io.Serializable;

/**
 * The details a buyer types both when she plans a tender and on its details tab: the title, the
 * therapeutic area, the specialist group and the market phase (by its number, as the menu sends it).
 */
public abstract class TenderDetailsFields implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String title;
    protected Long therapeuticAreaId;
    protected Long specialistGroupId;
    protected Integer marketPhase;

    public MarketPhase[] getPhases() {
        return MarketPhase.values();
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
}
