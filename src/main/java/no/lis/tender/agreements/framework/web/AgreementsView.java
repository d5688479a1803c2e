package no.lis.tender.agreements.framework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.framework.application.AgreementQueries;
import no.lis.tender.agreements.framework.application.AgreementRows;
import no.lis.tender.agreements.framework.application.DecideAgreementOption;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PricedPages;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The agreements with their prices: framework agreements with their suppliers by rank, periods and
 * options (a buyer exercises or declines the next one), and the direct agreements of phase 1; those
 * in force, or all.
 */
@Named
@ViewScoped
@PricedRead("agreements")
public class AgreementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;
    @Inject
    DecideAgreementOption decideOption;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private boolean all;
    private AgreementRows rows;

    public void load() {
        if (rows == null) {
            refresh();
            pricedPages.shown(this);
        }
    }

    public void refresh() {
        rows = queries.agreements(all);
    }

    public boolean isBuyer() {
        return user.has(Role.BUYER);
    }

    public void exercise(AgreementRows.Framework agreement, int number) {
        AtomicReference<FrameworkAgreement> decided = new AtomicReference<>();
        if (isBuyer() && messages.attempt(() -> decided.set(decideOption.exercise(agreement.id(), number,
                user.username())))) {
            messages.info("agreements.list.exercised", number, decided.get().getEnd());
        }
        refresh();
    }

    public void decline(AgreementRows.Framework agreement, int number) {
        AtomicReference<FrameworkAgreement> decided = new AtomicReference<>();
        if (isBuyer() && messages.attempt(() -> decided.set(decideOption.decline(agreement.id(), number,
                user.username())))) {
            messages.info("agreements.list.declined", number, decided.get().getEnd());
        }
        refresh();
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public AgreementRows getRows() {
        return rows;
    }
}
