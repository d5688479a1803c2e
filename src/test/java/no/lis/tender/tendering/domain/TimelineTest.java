package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TimelineTest {

    private static final Instant NOW = TenderFixtures.CLOCK.instant();
    private static final Instant PUBLICATION = oslo(2026, 2, 1, 9);
    private static final Instant QUESTIONS = oslo(2026, 2, 15, 12);
    private static final Instant SUBMISSION = oslo(2026, 3, 1, 12);
    private static final LocalDate AWARD = LocalDate.of(2026, 4, 1);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2028, 8, 31);

    private static Timeline timeline(Instant publication, Instant questions, Instant submission, LocalDate award,
                                     LocalDate start, LocalDate end) {
        return new Timeline(publication, questions, submission, award, start, end, List.of());
    }

    @Test
    void datesInOrderBreakNoRule() {
        Timeline timeline = timeline(PUBLICATION, QUESTIONS, SUBMISSION, AWARD, START, END);

        assertThat(timeline.violations()).isEmpty();
        assertThat(timeline.violationsForPublication(NOW)).isEmpty();
    }

    @Test
    void questionDeadlineMustComeAfterPublication() {
        assertThat(timeline(QUESTIONS, QUESTIONS, SUBMISSION, AWARD, START, END).violations())
                .containsExactly(new Violation("timeline.questionDeadline",
                        "tender.timeline.questionDeadlineNotAfterPublication", Instant.parse("2026-02-15T11:00:00Z")));
    }

    @Test
    void submissionDeadlineMustComeAfterQuestionDeadline() {
        assertThat(timeline(PUBLICATION, SUBMISSION, QUESTIONS, AWARD, START, END).violations())
                .extracting(Violation::field, Violation::messageKey)
                .contains(tuple("timeline.submissionDeadline",
                        "tender.timeline.submissionDeadlineNotAfterQuestionDeadline"));
    }

    @Test
    void awardMayBeOnTheDayOfTheSubmissionDeadlineInOsloButNotBefore() {
        Instant lateEvening = Timeline.atOslo(LocalDateTime.of(2026, 3, 1, 23, 30));
        assertThat(Timeline.osloDate(lateEvening)).isEqualTo(LocalDate.of(2026, 3, 1));

        assertThat(timeline(PUBLICATION, QUESTIONS, lateEvening, LocalDate.of(2026, 3, 1), START, END).violations())
                .isEmpty();
        assertThat(timeline(PUBLICATION, QUESTIONS, lateEvening, LocalDate.of(2026, 2, 28), START, END).violations())
                .containsExactly(new Violation("timeline.plannedAward",
                        "tender.timeline.plannedAwardBeforeSubmissionDeadline", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void agreementMustStartAfterTheAward() {
        assertThat(timeline(PUBLICATION, QUESTIONS, SUBMISSION, AWARD, AWARD, END).violations())
                .containsExactly(new Violation("timeline.agreementStart",
                        "tender.timeline.agreementStartNotAfterPlannedAward", LocalDate.of(2026, 4, 1)));
    }

    @Test
    void agreementMustEndAfterItStarts() {
        assertThat(timeline(PUBLICATION, QUESTIONS, SUBMISSION, AWARD, START, START).violations())
                .containsExactly(new Violation("timeline.agreementEnd",
                        "tender.timeline.agreementEndNotAfterStart", LocalDate.of(2026, 9, 1)));
    }

    @Test
    void everyDateOutOfOrderIsReportedAtOnce() {
        Timeline backwards = timeline(SUBMISSION, QUESTIONS, PUBLICATION, AWARD, LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 1, 1));

        assertThat(backwards.violations()).extracting(Violation::field).containsExactly(
                "timeline.questionDeadline", "timeline.submissionDeadline", "timeline.agreementStart",
                "timeline.agreementEnd");
    }

    @Test
    void aDraftMayLeaveDatesOpenButPublicationNeedsAllButTheOptions() {
        Timeline partial = timeline(null, null, SUBMISSION, null, START, null);

        assertThat(partial.violations()).isEmpty();
        assertThat(partial.violationsForPublication(NOW))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(
                        tuple("timeline.publication", "validation.required"),
                        tuple("timeline.questionDeadline", "validation.required"),
                        tuple("timeline.plannedAward", "validation.required"),
                        tuple("timeline.agreementEnd", "validation.required"));
    }

    @Test
    void publicationNeedsTheSubmissionDeadlineAhead() {
        Timeline timeline = timeline(PUBLICATION, QUESTIONS, SUBMISSION, AWARD, START, END);

        assertThat(timeline.violationsForPublication(SUBMISSION)).containsExactly(new Violation(
                "timeline.submissionDeadline", "tender.timeline.submissionDeadlinePassed", Instant.parse("2026-03-01T11:00:00Z")));
    }

    @Test
    void publishingSetsThePublicationTimeOnlyIfNoneWasPlanned() {
        Timeline open = timeline(null, QUESTIONS, SUBMISSION, AWARD, START, END);
        Timeline planned = timeline(PUBLICATION, QUESTIONS, SUBMISSION, AWARD, START, END);

        assertThat(open.publishedAt(NOW).getPublication()).isEqualTo(NOW);
        assertThat(planned.publishedAt(NOW).getPublication()).isEqualTo(PUBLICATION);
    }

    @Test
    void twoYearsPlusOnePlusOneKeepsTheOptionsAsWholeYears() {
        Timeline timeline = new Timeline(null, null, null, null, START, END, Timeline.parseOptionYears(" 1, 1"));

        assertThat(timeline.getOptionYears()).containsExactly(1, 1);
        assertThat(Timeline.parseOptionYears("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,x", "0", "1,,1", "11", "1,1,1,1,1,1,1,1,1,1,1", "-1"})
    void optionsThatAreNotOneToTenWholeYearsAreRefused(String text) {
        assertThatThrownBy(() -> new Timeline(null, null, null, null, null, null, Timeline.parseOptionYears(text)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("timeline.optionYears");
                            assertThat(v.messageKey()).isEqualTo("tender.timeline.optionYearsInvalid");
                        }));
    }

    @Test
    void reachingTheSubmissionDeadlineIsJudgedToTheInstant() {
        Timeline timeline = timeline(PUBLICATION, QUESTIONS, SUBMISSION, AWARD, START, END);

        assertThat(timeline.submissionDeadlineReached(SUBMISSION.minusSeconds(1))).isFalse();
        assertThat(timeline.submissionDeadlineReached(SUBMISSION)).isTrue();
        assertThat(Timeline.open().submissionDeadlineReached(SUBMISSION)).isFalse();
    }

    @Test
    void osloTimeIsShownInNorwegianWallClockTime() {
        assertThat(Timeline.inOslo(Instant.parse("2026-01-01T10:00:00Z")))
                .isEqualTo(LocalDateTime.of(2026, 1, 1, 11, 0));
    }

    @Test
    void anOpenTimelineGetsTheUsualProposalCountedFromToday() {
        Timeline proposal = Timeline.open().withProposalsFrom(LocalDate.of(2026, 11, 23));

        assertThat(proposal.getPublication()).isNull();
        assertThat(Timeline.inOslo(proposal.getQuestionDeadline())).isEqualTo(LocalDateTime.of(2026, 12, 14, 12, 0));
        assertThat(Timeline.inOslo(proposal.getSubmissionDeadline())).isEqualTo(LocalDateTime.of(2026, 12, 28, 12, 0));
        assertThat(proposal.getPlannedAward()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(proposal.getAgreementStart()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(proposal.getAgreementEnd()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(proposal.getOptionYears()).containsExactly(1, 1);
        assertThat(proposal.violations()).isEmpty();
    }

    @Test
    void proposedDeadlinesAndAwardOnHolidaysMoveToTheNextWorkingDay() {
        // from Thursday 12 March 2026: questions on Maundy Thursday 2 April, offers on Thursday 16 April,
        // award four weeks on: Thursday 14 May, Ascension Day
        Timeline proposal = Timeline.open().withProposalsFrom(LocalDate.of(2026, 3, 12));

        assertThat(Timeline.inOslo(proposal.getQuestionDeadline())).isEqualTo(LocalDateTime.of(2026, 4, 7, 12, 0));
        assertThat(Timeline.inOslo(proposal.getSubmissionDeadline())).isEqualTo(LocalDateTime.of(2026, 4, 16, 12, 0));
        assertThat(proposal.getPlannedAward()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(proposal.getAgreementStart()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(TimeLimits.STATUTORY.violations(TenderProcedure.OPEN_ABOVE_THRESHOLD,
                proposal.publishedAt(Timeline.atOslo(LocalDateTime.of(2026, 3, 12, 9, 0))), Set.of())).isEmpty();
    }

    @Test
    void datesAlreadySetAreKeptByTheProposal() {
        Instant deadline = Timeline.atOslo(LocalDateTime.of(2027, 2, 1, 10, 0));
        Timeline saved = new Timeline(null, null, deadline, null, null, null, List.of(2));

        Timeline proposal = saved.withProposalsFrom(LocalDate.of(2026, 11, 23));

        assertThat(proposal.getSubmissionDeadline()).isEqualTo(deadline);
        assertThat(proposal.getPlannedAward()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(proposal.getOptionYears()).containsExactly(2);
    }
}
