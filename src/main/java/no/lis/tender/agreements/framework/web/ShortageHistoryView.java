package no.lis.tender.agreements.framework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.framework.application.SupplyQueries;
import no.lis.tender.agreements.framework.application.SupplyRows;
import no.lis.tender.shared.web.Pages;

import java.io.Serializable;
import java.util.List;

/**
 * On the tender's criteria tab (included from {@code WEB-INF/includes/tender-shortages.xhtml}): the
 * shortage history of the substances of its lots under earlier agreements, by supplier and without
 * costs, for the buyer who sets the supply-security criterion.
 */
@Named
@ViewScoped
public class ShortageHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplyQueries queries;

    private List<SupplyRows.SupplierHistory> histories;

    public List<SupplyRows.SupplierHistory> getHistories() {
        if (histories == null) {
            histories = Pages.idParameter("id").map(queries::historyOfTender).orElse(List.of());
        }
        return histories;
    }
}
