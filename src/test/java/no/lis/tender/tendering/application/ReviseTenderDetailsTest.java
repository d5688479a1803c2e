package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.Tender;
import org.junit.jupiter.api.Test;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class ReviseTenderDetailsTest {

    private final Drafts drafts = new Drafts();
    private final ReviseTenderDetails reviseTenderDetails = new ReviseTenderDetails(drafts.tenders, CLOCK);
    private final Long id = drafts.plan(4);

    @Test
    void theBuyerMovesADraftToPhaseSixWithSeveralRankedSuppliers() {
        reviseTenderDetails.revise(new ReviseTenderDetailsCommand(id, 0L, "Eldre antibiotika", 2L, 4L, 6,
                "SUPPLY_SECURITY_TENDER", true), BUYER);

        Tender tender = drafts.tender(id);
        assertThat(tender.getMarketPhase()).isEqualTo(MarketPhase.RENEWED_MONOPOLY);
        assertThat(tender.getInstrument()).isEqualTo(ProcurementInstrument.SUPPLY_SECURITY_TENDER);
        assertThat(tender.isSeveralRankedSuppliersAllowed()).isTrue();
    }

    @Test
    void ofTwoBuyersWhoReadTheSameVersionTheSecondToReviseIsRefused() {
        long read = drafts.tender(id).getVersion();
        reviseTenderDetails.revise(new ReviseTenderDetailsCommand(id, read, "Eldre antibiotika", 2L, 4L, 5,
                "SUPPLY_SECURITY_TENDER", true), BUYER);
        drafts.commit(id);

        assertThat(refusal(() -> reviseTenderDetails.revise(new ReviseTenderDetailsCommand(id, read, "Nyere antibiotika",
                2L, 4L, 4, "OPEN_TENDER", false), BUYER)))
                .containsExactly(new Violation(null, "concurrent.modification", Thing.TENDER.named("2026-LIS-TNF-01")));
        assertThat(drafts.tender(id).getTitle()).isEqualTo("Eldre antibiotika");
    }

    @Test
    void anUnknownPhaseAndInstrumentAreRefusedTogether() {
        assertThat(refusal(() -> reviseTenderDetails.revise(new ReviseTenderDetailsCommand(id, 0L, "Tittel", 2L, 4L,
                8, "AUCTION", false), BUYER))).containsExactly(
                new Violation("marketPhase", "tender.marketPhase.invalid", 8),
                new Violation("instrument", "tendering.choice.invalid", "AUCTION"));
    }
}
