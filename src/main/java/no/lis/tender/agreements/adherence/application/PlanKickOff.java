package no.lis.tender.agreements.adherence.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.agreements.adherence.domain.KickOffMeetingRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The buyer plans the kick-off meeting of a framework agreement with a hospital trust (see
 * {@link KickOffMeeting#plan}): one per agreement and trust ({@code kickOff.duplicate}), not for an
 * agreement terminated ({@code agreements.agreement.terminated}).
 */
@UseCase
public class PlanKickOff {

    private final FrameworkAgreementRepository agreements;
    private final KickOffMeetingRepository meetings;
    private final Clock clock;

    @Inject
    public PlanKickOff(FrameworkAgreementRepository agreements, KickOffMeetingRepository meetings, Clock clock) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected PlanKickOff() {
        this(null, null, null);
    }

    /** What the buyer enters; no day: the default, 14 days before the start. */
    public record Command(Long agreementId, String hospitalTrust, LocalDate meetingDate, String participants,
                          String changeoverPlan) {
    }

    public KickOffMeeting plan(Command command, String buyer) {
        FrameworkAgreement agreement = Existing.require(command.agreementId(), agreements::findById,
                "agreements.agreement.notFound");
        if (agreement.isTerminated()) {
            throw new DomainException(null, "agreements.agreement.terminated", agreement.getTerminatedOn());
        }
        KickOffMeeting meeting = KickOffMeeting.plan(agreement.getId(), agreement.getStart(), agreement.getEnd(),
                command.hospitalTrust(), command.meetingDate(), command.participants(), command.changeoverPlan(),
                buyer, clock);
        if (meetings.findAll().stream().anyMatch(other -> other.getAgreementId().equals(agreement.getId())
                && other.getHospitalTrust().equals(meeting.getHospitalTrust()))) {
            throw new DomainException("hospitalTrust", "kickOff.duplicate", meeting.getHospitalTrust());
        }
        return meetings.save(meeting);
    }
}
