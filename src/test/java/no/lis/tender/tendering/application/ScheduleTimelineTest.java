package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Timeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTimelineTest {

    private final Drafts drafts = new Drafts();
    private final ScheduleTimeline scheduleTimeline = new ScheduleTimeline(drafts.tenders, CLOCK, new TimeLimitSettings(6));
    private final Long id = drafts.plan(3);

    @Test
    void twoYearsWithTwoOneYearOptionsAreScheduled() {
        scheduleTimeline.schedule(new ScheduleTimelineCommand(id, 0L, null, oslo(2026, 2, 15, 12),
                oslo(2026, 3, 1, 12), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31),
                "1, 1"), BUYER);

        Timeline timeline = drafts.tender(id).getTimeline();
        assertThat(timeline.getSubmissionDeadline()).isEqualTo(oslo(2026, 3, 1, 12));
        assertThat(timeline.getOptionYears()).containsExactly(1, 1);
    }

    @Test
    void unreadableOptionsAreRefusedUnderTheirField() {
        assertThat(refusal(() -> scheduleTimeline.schedule(new ScheduleTimelineCommand(id, 0L, null, null, null,
                null, null, null, "1+1"), BUYER)))
                .containsExactly(new Violation("timeline.optionYears", "tender.timeline.optionYearsInvalid", "1+1"));
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertThat(refusal(() -> scheduleTimeline.schedule(new ScheduleTimelineCommand(id, 0L, null, null, null,
                null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31), null), BUYER)))
                .extracting(Violation::field).containsExactly("timeline.agreementEnd");
    }
}
