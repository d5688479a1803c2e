package no.lis.tender.agreements.adherence.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.agreements.adherence.domain.KickOffMeetingRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The buyer updates a kick-off meeting on the version she saw: its day, participants and changeover
 * plan ({@link KickOffMeeting#revise}), and its minutes once it has been held
 * ({@link KickOffMeeting#recordMinutes}; blank minutes leave them as they were).
 */
@UseCase
public class RecordKickOff {

    private final KickOffMeetingRepository meetings;
    private final FrameworkAgreementRepository agreements;
    private final Clock clock;

    @Inject
    public RecordKickOff(KickOffMeetingRepository meetings, FrameworkAgreementRepository agreements, Clock clock) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecordKickOff() {
        this(null, null, null);
    }

    public record Command(Long version, LocalDate meetingDate, String participants, String changeoverPlan,
                          String minutes) {
    }

    public KickOffMeeting record(Long meetingId, Command command) {
        KickOffMeeting meeting = Existing.require(meetingId, meetings::findById, "kickOff.notFound");
        Versions.require(meeting.getVersion(), command.version());
        FrameworkAgreement agreement = Existing.require(meeting.getAgreementId(), agreements::findById,
                "agreements.agreement.notFound");
        meeting.revise(command.meetingDate(), agreement.getEnd(), command.participants(), command.changeoverPlan());
        if (command.minutes() != null && !command.minutes().isBlank()) {
            meeting.recordMinutes(command.minutes(), Timeline.osloDate(clock.instant()));
        }
        return meeting;
    }
}
