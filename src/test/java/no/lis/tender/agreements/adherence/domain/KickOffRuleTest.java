package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KickOffRuleTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = LocalDate.of(2029, 2, 28);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void theMeetingIsDueFourteenDaysBeforeTheStart() {
        assertThat(KickOffRule.dueOn(START)).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void noMeetingPlannedIsOverdueFromFourteenDaysBeforeTheStartNotTheDayBefore() {
        assertThat(KickOffRule.isOverdue(START, false, LocalDate.of(2027, 2, 14))).as("15 days before").isFalse();
        assertThat(KickOffRule.isOverdue(START, false, LocalDate.of(2027, 2, 15))).as("14 days before").isTrue();
        assertThat(KickOffRule.isOverdue(START, false, START)).as("on the first day").isTrue();
    }

    @Test
    void aPlannedMeetingIsNeverOverdueEvenIfItIsHeldLaterThanTheDefault() {
        assertThat(KickOffRule.isOverdue(START, true, LocalDate.of(2027, 2, 20))).isFalse();
    }

    @Test
    void aMissingMeetingIsShownThroughTheFirstThirtyDaysOfTheAgreementOnly() {
        assertThat(KickOffRule.isOverdue(START, false, START.plusDays(30))).isTrue();
        assertThat(KickOffRule.isOverdue(START, false, START.plusDays(31))).isFalse();
    }

    @Test
    void aMeetingWithoutADayIsPlannedFourteenDaysBeforeTheStartWithATrustWrittenAsTheListWritesIt() {
        KickOffMeeting meeting = KickOffMeeting.plan(7L, START, END, " helse   bergen hf ", null,
                "Sykehusapoteket, fagansvarlig revmatologi", "Bruk opp lageret av Humira, bestill Hyrimoz fra 15.02.",
                "kari", CLOCK);
        assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(meeting.getHospitalTrust()).isEqualTo("Helse Bergen HF");
        assertThat(meeting.isHeld()).isFalse();
    }

    @Test
    void anUnknownTrustAMeetingAfterTheEndAndNoParticipantsAreRefusedTogether() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> KickOffMeeting.plan(7L, START, END,
                "Helse Atlantis HF", END.plusDays(1), " ", null, "kari", CLOCK));
        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactly("hospitalTrust", "meetingDate", "participants");
        assertThat(refused.violations().get(0).messageKey()).isEqualTo("kickOff.trust.unknown");
    }

    @Test
    void theMinutesAreWrittenOnceTheMeetingHasBeenHeld() {
        KickOffMeeting meeting = KickOffMeeting.plan(7L, START, END, "Helse Bergen HF", null, "Apoteket", null,
                "kari", CLOCK);
        DomainException early = catchThrowableOfType(DomainException.class,
                () -> meeting.recordMinutes("Lageret er planlagt.", LocalDate.of(2027, 2, 14)));
        assertThat(early.violations().get(0).messageKey()).isEqualTo("kickOff.minutes.beforeMeeting");

        meeting.recordMinutes("Lageret er planlagt.", LocalDate.of(2027, 2, 15));
        assertThat(meeting.isHeld()).isTrue();
        assertThat(meeting.getMinutes()).isEqualTo("Lageret er planlagt.");
    }
}
