package no.lis.tender.tendering.application;

import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ContractNotice;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderPublished;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class PublishTenderTest {

    private final Drafts drafts = new Drafts();
    private final RecordedEvents<TenderPublished> published = new RecordedEvents<>();
    private final PublishTender publishTender = new PublishTender(drafts.tenders, published, TenderFixtures.THRESHOLD, CLOCK,
            new TimeLimitSettings(6));

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
    void aRoundAboveTheEeaThresholdIsPublishedOnlyOnceItsContractNoticeIsRecorded() {
        Long id = publishableDraft();
        new PrepareNotice(drafts.tenders, CLOCK).prepare(new PrepareNoticeCommand(id, 0L,
                new BigDecimal("240000000"), Map.of(1, "33652300")), BUYER);

        assertThat(refusal(() -> publishTender.publish(new PublishTenderCommand(id, 0L), BUYER)))
                .containsExactly(new Violation("contractNotice", "tender.publish.contractNoticeRequired",
                        new BigDecimal("240000000.00"), new BigDecimal("2300000")));
        assertThat(drafts.tender(id).getStatus()).isEqualTo(TenderStatus.DRAFT);
        assertThat(published.fired()).isEmpty();

        new RecordContractNotice(drafts.tenders, CLOCK).record(id, 0L, "2026-104512", LocalDate.of(2026, 1, 9), BUYER);
        publishTender.publish(new PublishTenderCommand(id, 0L), BUYER);

        assertThat(drafts.tender(id).getStatus()).isEqualTo(TenderStatus.PUBLISHED);
        assertThat(drafts.tender(id).getContractNotice()).get().extracting(ContractNotice::getPublicationId,
                ContractNotice::getPublishedOn, ContractNotice::getRecordedBy)
                .containsExactly("2026-104512", LocalDate.of(2026, 1, 9), BUYER);
    }

    @Test
    void aRoundBelowTheThresholdNeedsNoContractNotice() {
        Long id = publishableDraft();

        publishTender.publish(new PublishTenderCommand(id, 0L), BUYER);

        assertThat(drafts.tender(id).getStatus()).isEqualTo(TenderStatus.PUBLISHED);
        assertThat(drafts.tender(id).getContractNotice()).isEmpty();
    }

    @Test
    void aRoundWithoutAnEstimatedValueIsNotPublished() {
        Long id = publishableDraft();
        new PrepareNotice(drafts.tenders, CLOCK).prepare(new PrepareNoticeCommand(id, 0L, null, Map.of()), BUYER);

        assertThat(refusal(() -> publishTender.publish(new PublishTenderCommand(id, 0L), BUYER)))
                .containsExactly(new Violation("estimatedValue", "tender.publish.estimatedValueRequired"));
    }

    @Test
    void aContractNoticeCannotBeRecordedAsPublishedTomorrowNorWithoutItsId() {
        Long id = publishableDraft();

        assertThat(refusal(() -> new RecordContractNotice(drafts.tenders, CLOCK).record(id, 0L, " ",
                LocalDate.of(2026, 1, 11), BUYER))).containsExactly(
                new Violation("contractNotice.publicationId", "validation.required"),
                new Violation("contractNotice.publishedOn", "tender.contractNotice.publishedInFuture"));
    }

    @Test
    void aLotsCpvCodeMustBeAPharmaceuticalOne() {
        Long id = publishableDraft();

        assertThat(refusal(() -> new PrepareNotice(drafts.tenders, CLOCK).prepare(new PrepareNoticeCommand(id, 0L,
                new BigDecimal("-5"), Map.of(1, "45000000")), BUYER))).containsExactly(
                new Violation("lots[0].cpv", "tender.cpv.notPharmaceutical", "45000000"));
        assertThat(refusal(() -> new PrepareNotice(drafts.tenders, CLOCK).prepare(new PrepareNoticeCommand(id, 0L,
                new BigDecimal("-5"), Map.of(1, "33652300-8")), BUYER))).containsExactly(
                new Violation("estimatedValue", "tender.estimatedValue.invalid"));
        new PrepareNotice(drafts.tenders, CLOCK).prepare(new PrepareNoticeCommand(id, 0L, BigDecimal.TEN,
                Map.of(1, "33652300-8")), BUYER);
        assertThat(drafts.tender(id).getLots().get(0).getCpvCode().value()).isEqualTo("33652300");
    }

    /** A phase-3 draft with a lot and a timeline, its value estimated below the EEA threshold. */
    private Long publishableDraft() {
        Long id = drafts.plan(3);
        Tender tender = drafts.tender(id);
        tender.addLot(TenderFixtures.adalimumab(), BUYER, CLOCK);
        tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);
        return id;
    }

    @Test
    void aPriceNegotiationIsNotPublishedAsATender() {
        Long id = drafts.plan(1);

        assertThat(refusal(() -> publishTender.publish(new PublishTenderCommand(id, 0L), BUYER)))
                .contains(new Violation("instrument", "tender.publish.notATender"));
        assertThat(published.fired()).isEmpty();
    }
}
