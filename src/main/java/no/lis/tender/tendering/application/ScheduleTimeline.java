package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderProcedure;
import no.lis.tender.tendering.domain.TimeLimitRule;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer sets the deadlines, the planned award and the agreement period of a draft tender, the
 * procedure that sets its time limits, and why it departs from one where the regulations allow it.
 */
@UseCase
public class ScheduleTimeline {

    private final TenderRepository tenders;
    private final Clock clock;
    private final TimeLimitSettings settings;

    @Inject
    public ScheduleTimeline(TenderRepository tenders, Clock clock, TimeLimitSettings settings) {
        this.tenders = tenders;
        this.clock = clock;
        this.settings = settings;
    }

    /** For the CDI proxy. */
    protected ScheduleTimeline() {
        this(null, null, null);
    }

    public void schedule(ScheduleTimelineCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        Validation validation = new Validation();
        List<Integer> optionYears = Input.build(validation, null,
                () -> Timeline.parseOptionYears(command.optionYears()));
        Timeline timeline = Input.build(validation, null, () -> new Timeline(command.publication(),
                command.questionDeadline(), command.submissionDeadline(), command.plannedAward(),
                command.agreementStart(), command.agreementEnd(), optionYears));
        TenderProcedure procedure = Input.choice(validation, "procedure", TenderProcedure.class, command.procedure());
        validation.throwIfInvalid();
        Map<TimeLimitRule, String> justifications = new EnumMap<>(TimeLimitRule.class);
        justifications.put(TimeLimitRule.TENDER_PERIOD, command.tenderPeriodJustification());
        justifications.put(TimeLimitRule.QUESTION_PERIOD, command.questionPeriodJustification());
        justifications.put(TimeLimitRule.FRAMEWORK_LENGTH, command.frameworkLengthJustification());
        tender.reschedule(timeline, procedure == null ? tender.getProcedure() : procedure, justifications,
                settings.limits(), actor, clock);
    }
}
