package no.lis.tender.tendering.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Sets the dates of a draft tender; any may be left null until publication. {@code optionYears}
 * lists the options in whole years, separated by commas, e.g. "1,1".
 */
public record ScheduleTimelineCommand(Long tenderId, Long version, Instant publication, Instant questionDeadline,
                                      Instant submissionDeadline, LocalDate plannedAward, LocalDate agreementStart,
                                      LocalDate agreementEnd, String optionYears) {
}
