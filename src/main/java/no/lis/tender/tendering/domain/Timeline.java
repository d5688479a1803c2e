package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.shared.domain.NorwegianHolidays;
import no.lis.tender.shared.domain.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The dates of a tender round. Deadlines are instants, shown and entered in Norwegian time
 * ({@link #OSLO}); the award and the agreement are calendar dates. The agreement runs from its start
 * to its end; options extend it by whole years each (2 years + 1 + 1 is a two-year agreement with
 * options {@code [1, 1]}). A draft may leave dates open; what is filled in must be in order.
 */
@Embeddable
public class Timeline {

    public static final ZoneId OSLO = Formats.OSLO;
    private static final int MAX_OPTIONS = 10;
    private static final int MAX_OPTION_YEARS = 10;

    @Column(name = "PUBLICATION")
    private Instant publication;

    @Column(name = "QUESTION_DEADLINE")
    private Instant questionDeadline;

    @Column(name = "SUBMISSION_DEADLINE")
    private Instant submissionDeadline;

    @Column(name = "PLANNED_AWARD")
    private LocalDate plannedAward;

    @Column(name = "AGREEMENT_START")
    private LocalDate agreementStart;

    @Column(name = "AGREEMENT_END")
    private LocalDate agreementEnd;

    /** The option years as written, e.g. "1,1"; null if none. */
    @Column(name = "OPTION_YEARS", length = 40)
    private String optionYears;

    protected Timeline() {
    }

    /** Any date may be null (open); option years must each be 1 to 10 whole years. */
    public Timeline(Instant publication, Instant questionDeadline, Instant submissionDeadline,
                    LocalDate plannedAward, LocalDate agreementStart, LocalDate agreementEnd,
                    List<Integer> optionYears) {
        this.publication = publication;
        this.questionDeadline = questionDeadline;
        this.submissionDeadline = submissionDeadline;
        this.plannedAward = plannedAward;
        this.agreementStart = agreementStart;
        this.agreementEnd = agreementEnd;
        this.optionYears = optionYearsText(optionYears);
    }

    /** A timeline with nothing filled in. */
    public static Timeline open() {
        return new Timeline(null, null, null, null, null, null, List.of());
    }

    private static LocalDate workingDayOnOrAfter(LocalDate day) {
        return NorwegianHolidays.workingDayOnOrAfter(day);
    }

    /** Reads option years as typed: whole years separated by commas, e.g. "1, 1"; blank means none. */
    public static List<Integer> parseOptionYears(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw optionYearsInvalid(text);
        }
    }

    private static String optionYearsText(List<Integer> years) {
        if (years == null || years.isEmpty()) {
            return null;
        }
        String text = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (years.size() > MAX_OPTIONS
                || years.stream().anyMatch(y -> y == null || y < 1 || y > MAX_OPTION_YEARS)) {
            throw optionYearsInvalid(text);
        }
        return text;
    }

    private static DomainException optionYearsInvalid(String text) {
        return new DomainException("timeline.optionYears", "tender.timeline.optionYearsInvalid", text);
    }

    /** The instant of a date and time on the wall clocks of Norway. */
    public static Instant atOslo(LocalDateTime osloTime) {
        return osloTime.atZone(OSLO).toInstant();
    }

    /** The date and time the wall clocks of Norway show at {@code instant}. */
    public static LocalDateTime inOslo(Instant instant) {
        return LocalDateTime.ofInstant(instant, OSLO);
    }

    /** The calendar date in Norway at {@code instant}. */
    public static LocalDate osloDate(Instant instant) {
        return instant.atZone(OSLO).toLocalDate();
    }

    /**
     * This timeline with every date not yet set filled with the usual proposal, counted from
     * {@code today} (Oslo): questions until noon three weeks on, offers until noon five weeks on,
     * award four weeks after the deadline, the agreement from the first of the month two months
     * after the award, for two years, with options of 1 + 1 year. A proposed deadline or award that
     * falls on a Saturday, Sunday or public holiday moves to the next working day; the agreement
     * period is a calendar period and stays. The publication time stays open: it is set when the
     * tender is published.
     */
    public Timeline withProposalsFrom(LocalDate today) {
        Instant questions = questionDeadline != null ? questionDeadline
                : atOslo(workingDayOnOrAfter(today.plusWeeks(3)).atTime(LocalTime.NOON));
        Instant offers = submissionDeadline != null ? submissionDeadline
                : atOslo(workingDayOnOrAfter(today.plusWeeks(5)).atTime(LocalTime.NOON));
        LocalDate award = plannedAward != null ? plannedAward : workingDayOnOrAfter(osloDate(offers).plusWeeks(4));
        LocalDate start = agreementStart != null ? agreementStart : award.plusMonths(2).withDayOfMonth(1);
        LocalDate end = agreementEnd != null ? agreementEnd : start.plusYears(2).minusDays(1);
        List<Integer> options = getOptionYears().isEmpty() ? List.of(1, 1) : getOptionYears();
        return new Timeline(publication, questions, offers, award, start, end, options);
    }

    /** The same timeline, published at {@code now} unless a publication time was already set. */
    public Timeline publishedAt(Instant now) {
        return publication != null ? this : new Timeline(now, questionDeadline, submissionDeadline,
                plannedAward, agreementStart, agreementEnd, getOptionYears());
    }

    /**
     * The dates that are out of order, among those filled in: publication before the question
     * deadline before the submission deadline; the award no earlier than the day of the submission
     * deadline; the agreement starting after the award and ending after it starts.
     */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        checkOrder(violations, publication, questionDeadline, Instant::isBefore,
                "timeline.questionDeadline", "tender.timeline.questionDeadlineNotAfterPublication");
        checkOrder(violations, questionDeadline, submissionDeadline, Instant::isBefore,
                "timeline.submissionDeadline", "tender.timeline.submissionDeadlineNotAfterQuestionDeadline");
        checkOrder(violations, submissionDeadline == null ? null : osloDate(submissionDeadline), plannedAward,
                (submissionDay, award) -> !award.isBefore(submissionDay),
                "timeline.plannedAward", "tender.timeline.plannedAwardBeforeSubmissionDeadline");
        checkOrder(violations, plannedAward, agreementStart, LocalDate::isBefore,
                "timeline.agreementStart", "tender.timeline.agreementStartNotAfterPlannedAward");
        checkOrder(violations, agreementStart, agreementEnd, LocalDate::isBefore,
                "timeline.agreementEnd", "tender.timeline.agreementEndNotAfterStart");
        return violations;
    }

    /** Records {@code messageKey}, showing the earlier date, if both dates are set and out of order. */
    private static <T> void checkOrder(List<Violation> violations, T earlier, T later, BiPredicate<T, T> inOrder,
                                       String field, String messageKey) {
        if (earlier != null && later != null && !inOrder.test(earlier, later)) {
            violations.add(new Violation(field, messageKey, earlier));
        }
    }

    /**
     * What stops a tender with this timeline from being published at {@code now}: every date
     * but the options filled in, in order, and the submission deadline still ahead.
     */
    public List<Violation> violationsForPublication(Instant now) {
        List<Violation> violations = new ArrayList<>();
        checkPresent(violations, publication, "timeline.publication");
        checkPresent(violations, questionDeadline, "timeline.questionDeadline");
        checkPresent(violations, submissionDeadline, "timeline.submissionDeadline");
        checkPresent(violations, plannedAward, "timeline.plannedAward");
        checkPresent(violations, agreementStart, "timeline.agreementStart");
        checkPresent(violations, agreementEnd, "timeline.agreementEnd");
        violations.addAll(violations());
        if (submissionDeadline != null && !submissionDeadline.isAfter(now)) {
            violations.add(new Violation("timeline.submissionDeadline", "tender.timeline.submissionDeadlinePassed",
                    submissionDeadline));
        }
        return violations;
    }

    private static void checkPresent(List<Violation> violations, Object value, String field) {
        if (value == null) {
            violations.add(new Violation(field, "validation.required"));
        }
    }

    /** Whether offers can no longer be submitted at {@code now}; false while no deadline is set. */
    public boolean submissionDeadlineReached(Instant now) {
        return submissionDeadline != null && !now.isBefore(submissionDeadline);
    }

    public Instant getPublication() {
        return publication;
    }

    public Instant getQuestionDeadline() {
        return questionDeadline;
    }

    public Instant getSubmissionDeadline() {
        return submissionDeadline;
    }

    public LocalDate getPlannedAward() {
        return plannedAward;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    /** The options, each in whole years, in the order they may be used; empty if none. */
    public List<Integer> getOptionYears() {
        return parseOptionYears(optionYears);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline t && Objects.equals(publication, t.publication)
                && Objects.equals(questionDeadline, t.questionDeadline)
                && Objects.equals(submissionDeadline, t.submissionDeadline)
                && Objects.equals(plannedAward, t.plannedAward) && Objects.equals(agreementStart, t.agreementStart)
                && Objects.equals(agreementEnd, t.agreementEnd) && Objects.equals(optionYears, t.optionYears);
    }

    @Override
    public int hashCode() {
        return Objects.hash(publication, questionDeadline, submissionDeadline, plannedAward, agreementStart,
                agreementEnd, optionYears);
    }
}
