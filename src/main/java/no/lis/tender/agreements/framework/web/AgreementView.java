package no.lis.tender.agreements.framework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.framework.application.AgreeSupplyCover;
import no.lis.tender.agreements.framework.application.AgreementQueries;
import no.lis.tender.agreements.framework.application.AgreementRows;
import no.lis.tender.agreements.framework.application.EndShortage;
import no.lis.tender.agreements.framework.application.RecordShortage;
import no.lis.tender.agreements.framework.application.SupplyQueries;
import no.lis.tender.agreements.framework.application.SupplyRows;
import no.lis.tender.agreements.framework.application.TerminateAgreement;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One framework agreement with its prices: the buyer terminates it (last day, reason, after a
 * confirmation), agrees the months of cover its suppliers keep in stock, reads their stock reports,
 * records shortages with the substitute and its cost, and sees each supplier's shortage history.
 */
@Named
@ViewScoped
@PricedRead("framework-agreement:{id}")
public class AgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;
    @Inject
    SupplyQueries supplyQueries;
    @Inject
    TerminateAgreement terminateAgreement;
    @Inject
    AgreeSupplyCover agreeCover;
    @Inject
    RecordShortage recordShortage;
    @Inject
    EndShortage endShortage;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long id;
    private AgreementRows.Framework agreement;
    private SupplyRows.Agreement supply;

    private LocalDate lastDay;
    private String reason;
    private Integer coverMonths;
    private String varenummer;
    private LocalDate from;
    private LocalDate to;
    private String substitute;
    private BigDecimal substituteCost;
    private SupplyRows.PricedShortage ending;
    private LocalDate endedOn;

    public void load() throws IOException {
        if (agreement != null) {
            return;
        }
        id = Pages.idParameter("id").orElse(null);
        if (!Pages.loaded(this::refresh)) {
            return;
        }
        coverMonths = supply.coverMonths();
        pricedPages.shown(this);
    }

    private void refresh() {
        agreement = queries.framework(id);
        supply = supplyQueries.agreement(id);
    }

    public boolean isBuyer() {
        return user.has(Role.BUYER);
    }

    public void terminate() {
        if (isBuyer() && messages.attempt(() -> terminateAgreement.terminate(id, agreement.version(), lastDay, reason,
                user.username()))) {
            messages.info("supply.terminated", lastDay);
        }
        refresh();
    }

    public void saveCover() {
        if (isBuyer() && messages.attempt(() -> agreeCover.agree(id, agreement.version(), coverMonths))) {
            messages.info("supply.coverSaved", coverMonths);
        }
        refresh();
    }

    public void addShortage() {
        if (isBuyer() && messages.attempt(() -> recordShortage.record(id, new RecordShortage.Command(varenummer, from,
                to, substitute, substituteCost), user.username()))) {
            messages.info("supply.shortageRecorded", varenummer);
            varenummer = null;
            from = null;
            to = null;
            substitute = null;
            substituteCost = null;
        }
        refresh();
    }

    /** Opens the dialog that ends {@code shortage}. */
    public void startEnding(SupplyRows.PricedShortage shortage) {
        ending = shortage;
        endedOn = null;
    }

    public void endShortage() {
        if (isBuyer() && ending != null && messages.attempt(() -> endShortage.end(id, ending.id(), ending.version(),
                endedOn))) {
            messages.info("supply.shortageEnded", ending.varenummer(), endedOn);
            ending = null;
        }
        refresh();
    }

    public SupplyRows.PricedShortage getEnding() {
        return ending;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public AgreementRows.Framework getAgreement() {
        return agreement;
    }

    public SupplyRows.Agreement getSupply() {
        return supply;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getCoverMonths() {
        return coverMonths;
    }

    public void setCoverMonths(Integer coverMonths) {
        this.coverMonths = coverMonths;
    }

    public String getVarenummer() {
        return varenummer;
    }

    public void setVarenummer(String varenummer) {
        this.varenummer = varenummer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void setSubstitute(String substitute) {
        this.substitute = substitute;
    }

    public BigDecimal getSubstituteCost() {
        return substituteCost;
    }

    public void setSubstituteCost(BigDecimal substituteCost) {
        this.substituteCost = substituteCost;
    }
}
