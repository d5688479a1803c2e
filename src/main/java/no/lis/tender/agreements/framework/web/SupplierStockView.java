package no.lis.tender.agreements.framework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.framework.application.ReportStock;
import no.lis.tender.agreements.framework.application.SupplyQueries;
import no.lis.tender.agreements.framework.application.SupplyRows;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The supplier's own framework agreements, without prices: the months of cover each asks, its
 * reports so far, and a form to report the stock of one of them.
 */
@Named
@ViewScoped
public class SupplierStockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplyQueries queries;
    @Inject
    ReportStock reportStock;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<SupplyRows.Supplied> agreements;
    private Long agreementId;
    private LocalDate countedOn;
    private Long packsInStock;
    private BigDecimal monthsOfStock;

    public List<SupplyRows.Supplied> getAgreements() {
        if (agreements == null) {
            agreements = queries.ofSupplier(user.supplierId().orElse(null));
        }
        return agreements;
    }

    /** Prepares the form for agreement {@code id}. */
    public void prepare(Long id) {
        agreementId = id;
        countedOn = null;
        packsInStock = null;
        monthsOfStock = null;
    }

    public void report() {
        if (messages.attempt(() -> reportStock.report(agreementId, user.supplierId().orElse(null),
                new ReportStock.Command(countedOn, packsInStock, monthsOfStock), user.username()))) {
            messages.info("supply.stockReported", monthsOfStock);
            agreements = null;
        }
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public void setCountedOn(LocalDate countedOn) {
        this.countedOn = countedOn;
    }

    public Long getPacksInStock() {
        return packsInStock;
    }

    public void setPacksInStock(Long packsInStock) {
        this.packsInStock = packsInStock;
    }

    public BigDecimal getMonthsOfStock() {
        return monthsOfStock;
    }

    public void setMonthsOfStock(BigDecimal monthsOfStock) {
        this.monthsOfStock = monthsOfStock;
    }
}
