package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.NorwegianHolidays;
import no.lis.tender.shared.domain.Violation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The time limits of the procurement regulations that a tender's timeline must keep, beyond the
 * order of its dates (docs/domain.md, "Time limits"). Days are calendar days in Norway, counted
 * from the day after the event (anskaffelsesforskriften § 7-6).
 * <ul>
 * <li>the tender period: from the publication of the notice to the submission deadline, at least
 * the procedure's minimum ({@link TenderProcedure}); a justification allows the procedure's
 * shortest;</li>
 * <li>the question period: questions close at least {@code questionDays} before the submission
 * deadline (6 by default, set by the server variable {@code lis.tender.questionDeadlineDays}), so
 * that the answers reach every supplier no later than six days before it; a justification allows
 * the procedure's shortest;</li>
 * <li>the framework length: the agreement with every option at most four years above the
 * threshold, unless justified (§ 26-1 (3));</li>
 * <li>the standstill: the agreement starts after the standstill that follows the planned award,
 * {@value #STANDSTILL_DAYS} days, ending on the next working day where it would end on a Saturday,
 * Sunday or public holiday (§ 25-2, § 7-6). No exception.</li>
 * </ul>
 *
 * @param questionDays the fewest days between the question deadline and the submission deadline
 */
public record TimeLimits(int questionDays) {

    /** The regulations' own figures: questions close six days before the submission deadline. */
    public static final TimeLimits STATUTORY = new TimeLimits(6);
    /** Answers must reach the suppliers this many days before the submission deadline. */
    public static final int ANSWER_DAYS = 6;
    /** The standstill period (karensperiode) after the award letters, in days (§ 25-2 (2)). */
    public static final int STANDSTILL_DAYS = 10;
    /** The longest framework agreement, options included, without special grounds (§ 26-1 (3)). */
    public static final int FRAMEWORK_YEARS = 4;

    public TimeLimits {
        if (questionDays < 0) {
            throw new IllegalArgumentException("questionDays must not be negative: " + questionDays);
        }
    }

    /**
     * The time limits {@code timeline} breaks under {@code procedure}, among the dates filled in;
     * a rule in {@code justified} is kept down to the shortest the regulations allow.
     */
    public List<Violation> violations(TenderProcedure procedure, Timeline timeline, Set<TimeLimitRule> justified) {
        List<Violation> violations = new ArrayList<>();
        tenderPeriod(procedure, timeline, justified.contains(TimeLimitRule.TENDER_PERIOD), violations);
        questionPeriod(procedure, timeline, justified.contains(TimeLimitRule.QUESTION_PERIOD), violations);
        frameworkLength(procedure, timeline, justified.contains(TimeLimitRule.FRAMEWORK_LENGTH), violations);
        standstill(timeline, violations);
        return violations;
    }

    /** The rules {@code timeline} breaks under {@code procedure} without a justification, that one could excuse. */
    public Set<TimeLimitRule> needingJustification(TenderProcedure procedure, Timeline timeline) {
        Set<TimeLimitRule> rules = EnumSet.noneOf(TimeLimitRule.class);
        List<Violation> unjustified = violations(procedure, timeline, Set.of());
        for (TimeLimitRule rule : TimeLimitRule.values()) {
            if (unjustified.stream().anyMatch(v -> rule.field().equals(v.field()))) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /**
     * The last day on which the answers to questions must reach the suppliers: {@value #ANSWER_DAYS}
     * days before the day of the submission deadline; null while that is open.
     */
    public static LocalDate answerDeadline(Timeline timeline) {
        return timeline.getSubmissionDeadline() == null ? null
                : Timeline.osloDate(timeline.getSubmissionDeadline()).minusDays(ANSWER_DAYS);
    }

    /**
     * The last day of the standstill after letters sent on {@code award}: {@value #STANDSTILL_DAYS}
     * days on, moved to the next working day.
     */
    public static LocalDate standstillEnd(LocalDate award) {
        return NorwegianHolidays.workingDayOnOrAfter(award.plusDays(STANDSTILL_DAYS));
    }

    private static void tenderPeriod(TenderProcedure procedure, Timeline timeline, boolean justified,
                                     List<Violation> violations) {
        if (timeline.getPublication() == null || timeline.getSubmissionDeadline() == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(Timeline.osloDate(timeline.getPublication()),
                Timeline.osloDate(timeline.getSubmissionDeadline()));
        if (days < 0 || days >= procedure.minimumTenderDays()) {
            return; // a deadline before the publication is out of order, or passed: Timeline says so
        }
        if (!justified) {
            violations.add(new Violation(TimeLimitRule.TENDER_PERIOD.field(), "tender.timeLimits.tenderPeriodTooShort",
                    days, procedure.minimumTenderDays(), procedure.shortestJustifiedTenderDays(), procedure));
        } else if (days < procedure.shortestJustifiedTenderDays()) {
            violations.add(new Violation(TimeLimitRule.TENDER_PERIOD.field(),
                    "tender.timeLimits.tenderPeriodBelowShortest", days, procedure.shortestJustifiedTenderDays(),
                    procedure));
        }
    }

    private void questionPeriod(TenderProcedure procedure, Timeline timeline, boolean justified,
                                List<Violation> violations) {
        if (timeline.getQuestionDeadline() == null || timeline.getSubmissionDeadline() == null) {
            return;
        }
        LocalDate submissionDay = Timeline.osloDate(timeline.getSubmissionDeadline());
        long days = ChronoUnit.DAYS.between(Timeline.osloDate(timeline.getQuestionDeadline()), submissionDay);
        if (days >= questionDays) {
            return;
        }
        if (!justified) {
            violations.add(new Violation(TimeLimitRule.QUESTION_PERIOD.field(),
                    "tender.timeLimits.questionDeadlineTooLate", questionDays,
                    submissionDay.minusDays(questionDays), ANSWER_DAYS));
        } else if (days < procedure.shortestJustifiedQuestionDays()) {
            violations.add(new Violation(TimeLimitRule.QUESTION_PERIOD.field(),
                    "tender.timeLimits.questionDeadlineBelowShortest", procedure.shortestJustifiedQuestionDays(),
                    procedure));
        }
    }

    private static void frameworkLength(TenderProcedure procedure, Timeline timeline, boolean justified,
                                        List<Violation> violations) {
        if (!procedure.isFrameworkLengthLimited() || justified || timeline.getAgreementStart() == null
                || timeline.getAgreementEnd() == null) {
            return;
        }
        int optionYears = timeline.getOptionYears().stream().mapToInt(Integer::intValue).sum();
        LocalDate lastWithOptions = timeline.getAgreementEnd().plusYears(optionYears);
        if (!lastWithOptions.isBefore(timeline.getAgreementStart().plusYears(FRAMEWORK_YEARS))) {
            violations.add(new Violation(TimeLimitRule.FRAMEWORK_LENGTH.field(), "tender.timeLimits.frameworkTooLong",
                    lastWithOptions, FRAMEWORK_YEARS));
        }
    }

    private static void standstill(Timeline timeline, List<Violation> violations) {
        if (timeline.getPlannedAward() == null || timeline.getAgreementStart() == null) {
            return;
        }
        LocalDate standstillEnd = standstillEnd(timeline.getPlannedAward());
        if (!timeline.getAgreementStart().isAfter(standstillEnd)) {
            violations.add(new Violation("timeline.agreementStart", "tender.timeLimits.agreementStartInStandstill",
                    standstillEnd, STANDSTILL_DAYS));
        }
    }
}
