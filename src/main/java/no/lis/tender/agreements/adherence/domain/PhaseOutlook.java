package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.tendering.domain.MarketPhase;

import java.util.Objects;

/**
 * What a coming patent expiry means for a substance's market: the phase it is in now, if known
 * ({@code null} when no agreement in force covers it), and the phase to expect once generics or
 * biosimilars may enter: phase 3, unless the market is already there or beyond.
 */
public record PhaseOutlook(PatentExpiry expiry, MarketPhase current, MarketPhase expected) {

    public PhaseOutlook {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(expected, "expected");
    }

    /** The outlook of {@code expiry} for a market now in {@code current} (may be {@code null}: not known). */
    public static PhaseOutlook of(PatentExpiry expiry, MarketPhase current) {
        boolean competitionAlready = current != null && current.number() >= MarketPhase.PHASE_3.number();
        return new PhaseOutlook(expiry, current, competitionAlready ? current : MarketPhase.PHASE_3);
    }

    /** Whether the market is expected to change phase when the patent runs out. */
    public boolean changesPhase() {
        return current != expected;
    }
}
