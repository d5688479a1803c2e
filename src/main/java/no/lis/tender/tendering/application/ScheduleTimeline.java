package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.util.List;

/** A buyer sets the deadlines, the planned award and the agreement period of a draft tender. */
@UseCase
public class ScheduleTimeline {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public ScheduleTimeline(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ScheduleTimeline() {
        this(null, null);
    }

    public void schedule(ScheduleTimelineCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        Validation validation = new Validation();
        List<Integer> optionYears = Input.build(validation, null,
                () -> Timeline.parseOptionYears(command.optionYears()));
        Timeline timeline = Input.build(validation, null, () -> new Timeline(command.publication(),
                command.questionDeadline(), command.submissionDeadline(), command.plannedAward(),
                command.agreementStart(), command.agreementEnd(), optionYears));
        validation.throwIfInvalid();
        tender.reschedule(timeline, actor, clock);
    }
}
