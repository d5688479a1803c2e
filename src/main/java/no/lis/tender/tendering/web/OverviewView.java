package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.tendering.application.TenderOverview;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.TenderSummary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The buyer's start page: tender rounds grouped by market phase, with counts per status. */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many of the newest tenders each phase shows; the tender list has the rest. */
    static final int NEWEST_PER_PHASE = 8;

    @Inject
    TenderQueries queries;

    private List<PhaseGroup> phases;

    @PostConstruct
    void load() {
        TenderOverview overview = queries.overview(NEWEST_PER_PHASE);
        Map<MarketPhase, List<PhaseStatusCount>> counts = new EnumMap<>(MarketPhase.class);
        for (PhaseStatusCount count : overview.counts()) {
            counts.computeIfAbsent(count.phase(), p -> new ArrayList<>()).add(count);
        }
        phases = new ArrayList<>();
        for (MarketPhase phase : MarketPhase.values()) {
            List<PhaseStatusCount> phaseCounts = counts.getOrDefault(phase, List.of());
            long total = phaseCounts.stream().mapToLong(PhaseStatusCount::count).sum();
            phases.add(new PhaseGroup(phase, total, phaseCounts, overview.newestOf(phase)));
        }
    }

    public List<PhaseGroup> getPhases() {
        return phases;
    }

    /** One market phase on the overview. */
    public static final class PhaseGroup implements Serializable {

        private static final long serialVersionUID = 1L;

        private final MarketPhase phase;
        private final long total;
        private final List<StatusCount> counts;
        private final List<TenderSummary> newest;

        PhaseGroup(MarketPhase phase, long total, List<PhaseStatusCount> counts, List<TenderSummary> newest) {
            this.phase = phase;
            this.total = total;
            this.counts = counts.stream().map(c -> new StatusCount(c.status(), c.count())).toList();
            this.newest = newest;
        }

        public MarketPhase getPhase() {
            return phase;
        }

        public int getNumber() {
            return phase.number();
        }

        public long getTotal() {
            return total;
        }

        public List<StatusCount> getCounts() {
            return counts;
        }

        public List<TenderSummary> getNewest() {
            return newest;
        }

        public boolean isMore() {
            return total > newest.size();
        }
    }

    /** How many tenders of a phase are in one status. */
    public static final class StatusCount implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TenderStatus status;
        private final long count;

        StatusCount(TenderStatus status, long count) {
            this.status = status;
            this.count = count;
        }

        public TenderStatus getStatus() {
            return status;
        }

        public long getCount() {
            return count;
        }
    }
}
