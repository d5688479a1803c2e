package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class RemoveLotTest {

    private final Drafts drafts = new Drafts();
    private final RemoveLot removeLot = new RemoveLot(drafts.tenders, CLOCK);
    private final Long id = drafts.plan(3);

    @Test
    void theLotIsRemoved() {
        drafts.tender(id).addLot(TenderFixtures.adalimumab(), BUYER, CLOCK);

        removeLot.remove(new RemoveLotCommand(id, 0L, 1), BUYER);

        assertThat(drafts.tender(id).getLots()).isEmpty();
    }

    @Test
    void theLotNumberIsRequired() {
        assertThat(refusal(() -> removeLot.remove(new RemoveLotCommand(id, 0L, null), BUYER)))
                .containsExactly(new Violation("lotNumber", "validation.required"));
    }
}
