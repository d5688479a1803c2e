package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.TenderSummary;

import java.io.Serializable;
import java.util.List;

/** The supplier portal's start page: the tender rounds open for offers. */
@Named
@ViewScoped
public class SupplierTendersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries queries;

    private List<TenderSummary> open;

    @PostConstruct
    void load() {
        open = queries.openForOffers();
    }

    public List<TenderSummary> getOpen() {
        return open;
    }
}
