package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.shared.web.PagedModel;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderSort;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.TenderSummary;

import java.io.Serializable;

/** The list of tender rounds, filtered by market phase, status and text, read one page at a time. */
@Named
@ViewScoped
public class TenderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries queries;

    private Integer phase;
    private TenderStatus status;
    private String text;
    private PagedModel<TenderSummary, TenderSort> tenders;

    @PostConstruct
    void init() {
        tenders = new PagedModel<>(() -> queries.count(filter()),
                (first, max, sort, ascending) -> queries.list(filter(), first, max, sort, ascending),
                TenderSort.class, TenderSort.CREATED_AT, false, TenderSummary::id);
    }

    private TenderFilter filter() {
        return new TenderFilter(phase == null ? null : MarketPhase.of(phase), status, null, text);
    }

    public MarketPhase[] getPhases() {
        return MarketPhase.values();
    }

    public TenderStatus[] getStatuses() {
        return TenderStatus.values();
    }

    public PagedModel<TenderSummary, TenderSort> getTenders() {
        return tenders;
    }

    public Integer getPhase() {
        return phase;
    }

    public void setPhase(Integer phase) {
        this.phase = phase;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public void setStatus(TenderStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
