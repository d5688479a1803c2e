package no.lis.tender.tendering.domain;

/** How many tenders are in one market phase and status: a cell of the overview. */
public record PhaseStatusCount(MarketPhase phase, TenderStatus status, long count) {
}
