package no.lis.tender.tendering.application;

import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;

/** Repositories in memory with the full criteria library, and a way to plan a draft through the use case. */
class Drafts {

    final InMemoryTenderRepository tenders = new InMemoryTenderRepository();
    final InMemoryCriterionTemplateRepository library =
            new InMemoryCriterionTemplateRepository(TenderFixtures.library());

    /** Plans 2026-LIS-TNF-01 in {@code phase} and returns its id. */
    Long plan(int phase) {
        return new PlanTender(tenders, library, CLOCK)
                .plan(new PlanTenderCommand("2026-LIS-TNF-01", "TNF-alfa-hemmere", 7L, 3L, phase, TenderFixtures.BELOW_THRESHOLD), BUYER);
    }

    Tender tender(Long id) {
        return tenders.find(id).orElseThrow();
    }

    /** The change a use case made to tender {@code id} is committed: its version moves on, as in the database. */
    void commit(Long id) {
        tenders.save(tender(id));
    }
}
