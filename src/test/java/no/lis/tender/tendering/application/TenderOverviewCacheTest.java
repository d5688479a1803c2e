package no.lis.tender.tendering.application;

import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.TenderSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's overview is kept while the tenders' stamp is the same, and read again as soon as any tender
 * is stored or changed, here or (through the shared database) on another server.
 */
class TenderOverviewCacheTest {

    /** The tenders of one database, counting the reads that the kept overview saves. */
    private static final class CountingTenders extends InMemoryTenderRepository {
        int countReads;

        @Override
        public List<PhaseStatusCount> countByPhaseAndStatus() {
            countReads++;
            return super.countByPhaseAndStatus();
        }
    }

    private final CountingTenders tenders = new CountingTenders();
    private final TenderQueries queries = new TenderQueries(tenders,
            new InMemoryCriterionTemplateRepository(TenderFixtures.library()), CLOCK);
    /** Another server's queries on the same database: its own cache. */
    private final TenderQueries otherNode = new TenderQueries(tenders,
            new InMemoryCriterionTemplateRepository(TenderFixtures.library()), CLOCK);

    private Long plan(String reference, int phase) {
        return new PlanTender(tenders, new InMemoryCriterionTemplateRepository(TenderFixtures.library()), CLOCK)
                .plan(new PlanTenderCommand(reference, "TNF-alfa-hemmere", 7L, 3L, phase, TenderFixtures.BELOW_THRESHOLD), BUYER);
    }

    @Test
    void theOverviewIsReadOnceWhileNoTenderChanges() {
        plan("2026-LIS-TNF-01", 3);

        TenderOverview first = queries.overview(8);
        TenderOverview second = queries.overview(8);

        assertThat(second).isSameAs(first);
        assertThat(tenders.countReads).isEqualTo(1);
        assertThat(first.counts()).containsExactly(new PhaseStatusCount(MarketPhase.of(3), TenderStatus.DRAFT, 1));
    }

    @Test
    void aTenderPlannedOnAnotherServerShowsAtOnce() {
        plan("2026-LIS-TNF-01", 3);
        assertThat(queries.overview(8).newestOf(MarketPhase.of(3))).hasSize(1);

        Long planned = plan("2026-LIS-TNF-02", 3); // through the other server, on the same database
        otherNode.overview(8);

        assertThat(queries.overview(8).newestOf(MarketPhase.of(3))).extracting(TenderSummary::id)
                .as("newest first").containsExactly(planned, 1L);
    }

    @Test
    void aChangedTenderShowsAtOnce() {
        Long id = plan("2026-LIS-TNF-01", 3);
        assertThat(queries.overview(8).newestOf(MarketPhase.of(3))).extracting(TenderSummary::status)
                .containsExactly(TenderStatus.DRAFT);

        tenders.find(id).orElseThrow().cancel("Ingen behov", BUYER, CLOCK);
        tenders.save(tenders.find(id).orElseThrow()); // the commit: its version moves on

        assertThat(queries.overview(8).newestOf(MarketPhase.of(3))).extracting(TenderSummary::status)
                .containsExactly(TenderStatus.CANCELLED);
        assertThat(queries.overview(8).counts()).containsExactly(
                new PhaseStatusCount(MarketPhase.of(3), TenderStatus.CANCELLED, 1));
        assertThat(tenders.countReads).isEqualTo(2);
    }
}
