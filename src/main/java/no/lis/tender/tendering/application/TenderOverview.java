package no.lis.tender.tendering.application;

import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.TenderSummary;

import java.util.List;
import java.util.Map;

/**
 * The buyer's overview as read at one stamp of the tenders: how many tenders each phase has in each
 * status, and the newest of each phase that has any.
 */
public record TenderOverview(List<PhaseStatusCount> counts, Map<MarketPhase, List<TenderSummary>> newest) {

    public TenderOverview {
        counts = List.copyOf(counts);
        newest = Map.copyOf(newest);
    }

    /** The newest tenders of {@code phase}, newest first; none for a phase without tenders. */
    public List<TenderSummary> newestOf(MarketPhase phase) {
        return newest.getOrDefault(phase, List.of());
    }
}
