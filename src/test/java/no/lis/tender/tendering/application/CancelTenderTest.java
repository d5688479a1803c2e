package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class CancelTenderTest {

    private final Drafts drafts = new Drafts();
    private final CancelTender cancelTender = new CancelTender(drafts.tenders, CLOCK);
    private final Long id = drafts.plan(2);

    @Test
    void aDraftIsCancelledWithItsReason() {
        cancelTender.cancel(new CancelTenderCommand(id, 0L, "Ingen konkurranse likevel."), BUYER);

        assertThat(drafts.tender(id).getStatus()).isEqualTo(TenderStatus.CANCELLED);
        assertThat(drafts.tender(id).getCancellationReason()).isEqualTo("Ingen konkurranse likevel.");
    }

    @Test
    void cancellingWithoutAVersionIsRefusedAsAConcurrentChange() {
        assertThat(refusal(() -> cancelTender.cancel(new CancelTenderCommand(id, null, "Grunn"), BUYER)))
                .containsExactly(new Violation(null, "concurrent.modification", Thing.TENDER.named("2026-LIS-TNF-01")));
    }
}
