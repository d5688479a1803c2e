package no.lis.tender.tendering.application;

import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderPublished;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class PublishTenderTest {

    private final Drafts drafts = new Drafts();
    private final RecordedEvents<TenderPublished> published = new RecordedEvents<>();
    private final PublishTender publishTender = new PublishTender(drafts.tenders, published, CLOCK, new TimeLimitSettings(6));

    @Test
    void aCompleteDraftIsPublished() {
        Long id = drafts.plan(3);
        Tender tender = drafts.tender(id);
        tender.addLot(TenderFixtures.adalimumab(), BUYER, CLOCK);
        tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);

        publishTender.publish(new PublishTenderCommand(id, 0L), BUYER);

        assertThat(tender.getStatus()).isEqualTo(TenderStatus.PUBLISHED);
        assertThat(published.fired()).containsExactly(new TenderPublished(id, BUYER));
    }

    @Test
    void aPriceNegotiationIsNotPublishedAsATender() {
        Long id = drafts.plan(1);

        assertThat(refusal(() -> publishTender.publish(new PublishTenderCommand(id, 0L), BUYER)))
                .contains(new Violation("instrument", "tender.publish.notATender"));
        assertThat(published.fired()).isEmpty();
    }
}
