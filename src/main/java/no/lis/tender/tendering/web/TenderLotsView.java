package no.lis.tender.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.RemoveLot;
import no.lis.tender.tendering.application.RemoveLotCommand;
import no.lis.tender.tendering.application.SaveLot;
import no.lis.tender.tendering.application.SaveLotCommand;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.io.Serializable;

/** The lots tab of the tender page: the lot dialog that adds or changes a lot, and the removal of a lot. */
@Named
@ViewScoped
public class TenderLotsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderEditView page;
    @Inject
    SaveLot saveLot;
    @Inject
    RemoveLot removeLot;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private LotForm lot = new LotForm();

    public void newLot() {
        lot = new LotForm();
    }

    public void editLot(int number) {
        page.getTender().getLots().stream().filter(l -> l.getNumber() == number).findFirst()
                .ifPresent(l -> lot = LotForm.of(l));
    }

    /** Saves the dialog's lot; the page closes the dialog unless a rule was broken, naming the tab and field. */
    public void saveLot() {
        LotForm form = lot;
        if (messages.attemptOnTabs(TenderPageFields::of, () -> saveLot.save(new SaveLotCommand(page.getId(), page.version(), form.getNumber(),
                form.getTitle(), form.getIndication(), form.getAtcCodes(), form.getVolume(), name(form.getVolumeUnit()),
                name(form.getComparisonBasis()), form.getTreatmentPeriodDays(), name(form.getMarketSplit()),
                form.scenarioLines()),
                user.username()))) {
            page.reload();
            messages.info("tender.saved.lot");
        }
    }

    public void removeLot(int number) {
        if (messages.attempt(() -> removeLot.remove(new RemoveLotCommand(page.getId(), page.version(), number),
                user.username()))) {
            page.reload();
            messages.info("tender.saved.lotRemoved", number);
        }
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    public LotForm getLot() {
        return lot;
    }

    public VolumeUnit[] getVolumeUnits() {
        return VolumeUnit.values();
    }

    public ComparisonBasis[] getComparisonBases() {
        return ComparisonBasis.values();
    }

    public MarketSplit[] getMarketSplits() {
        return MarketSplit.values();
    }
}
