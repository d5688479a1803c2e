package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.ReviseTenderDetails;
import no.lis.tender.tendering.application.ReviseTenderDetailsCommand;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.TenderHeader;

/** The details tab of the tender page: title, therapeutic area, specialist group, market phase and instrument. */
@Named
@ViewScoped
public class TenderDetailsView extends TenderDetailsFields {

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

    private ProcurementInstrument instrument;
    private boolean severalRankedSuppliersAllowed;

    /** The saved details. */
    @PostConstruct
    void fill() {
        TenderHeader tender = page.getHeader();
        if (tender == null) {
            return;
        }
        title = tender.title();
        therapeuticAreaId = tender.therapeuticAreaId();
        specialistGroupId = tender.specialistGroupId();
        marketPhase = tender.marketPhase().number();
        instrument = tender.instrument();
        severalRankedSuppliersAllowed = tender.severalRankedSuppliersAllowed();
    }

    public void save() {
        if (messages.attemptOnTabs(TenderPageFields::of, () -> reviseDetails.revise(new ReviseTenderDetailsCommand(page.getId(), page.version(), title,
                therapeuticAreaId, specialistGroupId, marketPhase, instrument == null ? null : instrument.name(),
                severalRankedSuppliersAllowed), user.username()))) {
            page.reload();
            fill();
            criteria.fill();
            messages.info("tender.saved.details");
        }
    }

    public ProcurementInstrument[] getInstruments() {
        return ProcurementInstrument.values();
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
