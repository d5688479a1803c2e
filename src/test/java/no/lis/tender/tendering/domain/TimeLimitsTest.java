package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderProcedure.OPEN_ABOVE_THRESHOLD;
import static no.lis.tender.tendering.domain.TenderProcedure.OPEN_BELOW_THRESHOLD;
import static no.lis.tender.tendering.domain.TimeLimitRule.FRAMEWORK_LENGTH;
import static no.lis.tender.tendering.domain.TimeLimitRule.QUESTION_PERIOD;
import static no.lis.tender.tendering.domain.TimeLimitRule.TENDER_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitsTest {

    private static final Instant PUBLISHED = oslo(2026, 1, 10, 9);
    private final TimeLimits limits = TimeLimits.STATUTORY;

    /** Published 10 January 2026, questions and offers as given, award 1 April, a 2 + 1 + 1 year agreement from 1 September. */
    private static Timeline timeline(Instant questions, Instant offers) {
        return new Timeline(PUBLISHED, questions, offers, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2028, 8, 31), List.of(1, 1));
    }

    private static Timeline agreement(LocalDate award, LocalDate start, LocalDate end, List<Integer> options) {
        return new Timeline(PUBLISHED, oslo(2026, 2, 15, 12), oslo(2026, 3, 1, 12), award, start, end, options);
    }

    @Test
    void theUsualTimelineKeepsEveryLimit() {
        assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, TenderFixtures.timeline().publishedAt(PUBLISHED), Set.of()))
                .isEmpty();
    }

    @Nested
    class TenderPeriod {

        @Test
        void anOpenProcedureAboveTheThresholdGivesThirtyDaysFromTheNotice() {
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 1, 20, 12), oslo(2026, 2, 9, 12)),
                    Set.of())).isEmpty();
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 1, 20, 12), oslo(2026, 2, 8, 12)),
                    Set.of())).containsExactly(new Violation("timeline.submissionDeadline",
                    "tender.timeLimits.tenderPeriodTooShort", 29L, 30, 15, OPEN_ABOVE_THRESHOLD));
        }

        @Test
        void aJustificationShortensItToFifteenDaysAndNoFurther() {
            Timeline fifteen = timeline(oslo(2026, 1, 18, 12), oslo(2026, 1, 25, 12));
            Timeline fourteen = timeline(oslo(2026, 1, 17, 12), oslo(2026, 1, 24, 12));

            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, fifteen, Set.of(TENDER_PERIOD, QUESTION_PERIOD))).isEmpty();
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, fourteen, Set.of(TENDER_PERIOD, QUESTION_PERIOD)))
                    .containsExactly(new Violation("timeline.submissionDeadline",
                            "tender.timeLimits.tenderPeriodBelowShortest", 14L, 15, OPEN_ABOVE_THRESHOLD));
        }

        @Test
        void belowTheThresholdFifteenDaysAreReasonableAndLessNeedsAJustification() {
            Timeline twelve = timeline(oslo(2026, 1, 14, 12), oslo(2026, 1, 22, 12));

            assertThat(limits.violations(OPEN_BELOW_THRESHOLD, timeline(oslo(2026, 1, 15, 12), oslo(2026, 1, 25, 12)),
                    Set.of())).isEmpty();
            assertThat(limits.violations(OPEN_BELOW_THRESHOLD, twelve, Set.of())).extracting(Violation::messageKey)
                    .containsExactly("tender.timeLimits.tenderPeriodTooShort");
            assertThat(limits.violations(OPEN_BELOW_THRESHOLD, twelve, Set.of(TENDER_PERIOD))).isEmpty();
        }

        @Test
        void isJudgedOnlyOnceThePublicationIsKnown() {
            Timeline unpublished = new Timeline(null, oslo(2026, 1, 12, 12), oslo(2026, 1, 20, 12), null, null, null,
                    List.of());

            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, unpublished, Set.of())).isEmpty();
        }
    }

    @Nested
    class QuestionPeriod {

        @Test
        void questionsCloseSixDaysBeforeTheDeadlineSoThatAnswersReachEverySupplier() {
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 2, 23, 12), oslo(2026, 3, 1, 12)),
                    Set.of())).isEmpty();
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 2, 24, 12), oslo(2026, 3, 1, 12)),
                    Set.of())).containsExactly(new Violation("timeline.questionDeadline",
                    "tender.timeLimits.questionDeadlineTooLate", 6, LocalDate.of(2026, 2, 23), 6));
        }

        @Test
        void theOrganisationMaySetALongerQuestionPeriod() {
            TimeLimits tenDays = new TimeLimits(10);

            assertThat(tenDays.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 2, 20, 12), oslo(2026, 3, 1, 12)),
                    Set.of())).extracting(Violation::arguments).containsExactly(new Object[] {10, LocalDate.of(2026, 2, 19), 6});
        }

        @Test
        void anUrgencyAboveTheThresholdAllowsFourDaysAndNoLess() {
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 2, 25, 12), oslo(2026, 3, 1, 12)),
                    Set.of(QUESTION_PERIOD))).isEmpty();
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, timeline(oslo(2026, 2, 26, 12), oslo(2026, 3, 1, 12)),
                    Set.of(QUESTION_PERIOD))).extracting(Violation::messageKey)
                    .containsExactly("tender.timeLimits.questionDeadlineBelowShortest");
        }

        @Test
        void theAnswerDeadlineIsSixDaysBeforeTheDayOfTheSubmissionDeadline() {
            assertThat(TimeLimits.answerDeadline(TenderFixtures.timeline())).isEqualTo(LocalDate.of(2026, 2, 23));
            assertThat(TimeLimits.answerDeadline(Timeline.open())).isNull();
        }
    }

    @Nested
    class FrameworkLength {

        @Test
        void twoYearsWithTwoOptionsOfOneYearIsTheLongestWithoutAJustification() {
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, agreement(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), List.of(1, 1)), Set.of())).isEmpty();
        }

        @Test
        void longerNeedsAJustificationAboveTheThreshold() {
            Timeline fiveYears = agreement(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 1),
                    LocalDate.of(2028, 8, 31), List.of(1, 1, 1));

            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, fiveYears, Set.of())).containsExactly(new Violation(
                    "timeline.agreementEnd", "tender.timeLimits.frameworkTooLong", LocalDate.of(2031, 8, 31), 4));
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, fiveYears, Set.of(FRAMEWORK_LENGTH))).isEmpty();
            assertThat(limits.violations(OPEN_BELOW_THRESHOLD, fiveYears, Set.of())).isEmpty();
            assertThat(limits.needingJustification(OPEN_ABOVE_THRESHOLD, fiveYears)).containsExactly(FRAMEWORK_LENGTH);
        }
    }

    @Nested
    class Standstill {

        @Test
        void theAgreementStartsAfterTheStandstillMovedPastTheWeekend() {
            // letters on Wednesday 2 December 2026: ten days end on Saturday 12 December, moved to Monday 14
            LocalDate award = LocalDate.of(2026, 12, 2);

            assertThat(TimeLimits.standstillEnd(award)).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, agreement(award, LocalDate.of(2026, 12, 14),
                    LocalDate.of(2028, 12, 13), List.of()), Set.of())).containsExactly(new Violation(
                    "timeline.agreementStart", "tender.timeLimits.agreementStartInStandstill", LocalDate.of(2026, 12, 14), 10));
            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, agreement(award, LocalDate.of(2026, 12, 15),
                    LocalDate.of(2028, 12, 14), List.of()), Set.of())).isEmpty();
        }

        @Test
        void noJustificationShortensTheStandstill() {
            Timeline inStandstill = agreement(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 5),
                    LocalDate.of(2028, 4, 4), List.of());

            assertThat(limits.violations(OPEN_ABOVE_THRESHOLD, inStandstill, Set.of(TimeLimitRule.values())))
                    .extracting(Violation::messageKey).containsExactly("tender.timeLimits.agreementStartInStandstill");
            assertThat(limits.needingJustification(OPEN_ABOVE_THRESHOLD, inStandstill)).isEmpty();
        }
    }
}
