package no.lis.tender.agreements.adherence.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.adherence.application.FollowUpOverview;
import no.lis.tender.agreements.adherence.application.FollowUpQueries;
import no.lis.tender.agreements.adherence.application.KickOffQueries;
import no.lis.tender.agreements.adherence.application.KickOffRows;
import no.lis.tender.agreements.adherence.application.ManagedEntryOverview;
import no.lis.tender.agreements.adherence.application.ManagedEntryQueries;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.web.PricedPages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The buyers' follow-up page: agreements and options due, areas without a valid recommendation,
 * recommendations ending, patents running out, the savings of the last twelve months with a
 * chart by therapeutic area, and the managed-entry agreements with the tier effect and payback owed
 * from the consumption of their agreement year so far.
 */
@Named
@ViewScoped
@PricedRead("follow-up")
public class FollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpQueries queries;
    @Inject
    ManagedEntryQueries managedEntryQueries;
    @Inject
    KickOffQueries kickOffQueries;
    @Inject
    PricedPages pricedPages;

    private FollowUpOverview overview;
    private String savingsChart;
    private String savingsSummary;
    private List<ManagedEntryOverview> managedEntries;
    private List<KickOffRows.Overdue> kickOffsOverdue;

    public void load() {
        if (overview == null) {
            overview = queries.overview();
            managedEntries = managedEntryQueries.all();
            kickOffsOverdue = kickOffQueries.overview().overdue();
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            savingsChart = SavingsChart.json(overview.savings().series(), Messages.format(locale, "followUp.savings.axis"));
            savingsSummary = Messages.format(locale, "followUp.savings.chartSummary", overview.savings().from(),
                    overview.savings().to(), overview.savings().total());
            pricedPages.shown(this);
        }
    }

    /** The managed-entry agreements, those whose re-assessment is due first. */
    public List<ManagedEntryOverview> getManagedEntries() {
        return managedEntries;
    }

    /** The kick-off meetings not planned 14 days before their agreement's start. */
    public List<KickOffRows.Overdue> getKickOffsOverdue() {
        return kickOffsOverdue;
    }

    public FollowUpOverview getOverview() {
        return overview;
    }

    /** The chart's text alternative (its {@code aria-label}): what it shows, and the total. */
    public String getSavingsSummary() {
        return savingsSummary;
    }

    /** The Chart.js configuration of the savings by month and area. */
    public String getSavingsChart() {
        return savingsChart;
    }
}
