package no.lis.tender.tendering.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Sets the dates of a draft tender and the procedure it is run under; any date may be left null
 * until publication. {@code optionYears} lists the options in whole years, separated by commas,
 * e.g. "1,1". {@code procedure} names a {@code TenderProcedure}; null keeps the tender's. A
 * justification (blank: none) allows a shorter time limit where the regulations allow one.
 */
public record ScheduleTimelineCommand(Long tenderId, Long version, Instant publication, Instant questionDeadline,
                                      Instant submissionDeadline, LocalDate plannedAward, LocalDate agreementStart,
                                      LocalDate agreementEnd, String optionYears, String procedure,
                                      String tenderPeriodJustification, String questionPeriodJustification,
                                      String frameworkLengthJustification) {

    /** The dates alone: the tender keeps its procedure, and no time limit is departed from. */
    public ScheduleTimelineCommand(Long tenderId, Long version, Instant publication, Instant questionDeadline,
                                   Instant submissionDeadline, LocalDate plannedAward, LocalDate agreementStart,
                                   LocalDate agreementEnd, String optionYears) {
        this(tenderId, version, publication, questionDeadline, submissionDeadline, plannedAward, agreementStart,
                agreementEnd, optionYears, null, null, null, null);
    }
}
