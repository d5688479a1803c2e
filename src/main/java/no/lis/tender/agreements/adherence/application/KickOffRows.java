package no.lis.tender.agreements.adherence.application;

import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Kick-off meetings of agreements with hospital trusts, as buyers read them. No prices. */
public final class KickOffRows {

    private KickOffRows() {
    }

    /**
     * On {@code asOf}: the agreements whose kick-offs are followed up now (from 14 days before the
     * start through the changeover), each trust still without a meeting ({@code overdue}), and every
     * meeting planned.
     */
    public record Overview(LocalDate asOf, List<Agreement> agreements, List<Overdue> overdue, List<Meeting> meetings)
            implements Serializable {
    }

    /** An agreement to plan kick-offs for: its start and the meeting's default day. */
    public record Agreement(Long agreementId, String tenderReference, int lotNumber, String lotTitle, LocalDate start,
                            LocalDate end, LocalDate defaultMeetingDate) implements Serializable {

        static Agreement of(FrameworkAgreement agreement, LocalDate defaultDate) {
            return new Agreement(agreement.getId(), agreement.getTenderReference(), agreement.getLotNumber(),
                    agreement.getLotTitle(), agreement.getStart(), agreement.getEnd(), defaultDate);
        }

        public String label() {
            return tenderReference + " / " + lotNumber + " " + lotTitle;
        }
    }

    /**
     * A kick-off that should have been planned by {@code dueOn}: for {@code hospitalTrust} (a trust
     * that used the agreement's products in the last twelve months), or, with no trust known, for
     * the agreement as a whole ({@code hospitalTrust} null).
     */
    public record Overdue(Long agreementId, String agreement, LocalDate start, LocalDate dueOn, String hospitalTrust)
            implements Serializable {
    }

    /** A meeting planned, with its minutes once held. */
    public record Meeting(Long id, long version, Long agreementId, String agreement, LocalDate agreementStart,
                          String hospitalTrust, LocalDate meetingDate, String participants, String changeoverPlan,
                          String minutes, boolean held) implements Serializable {

        static Meeting of(KickOffMeeting meeting, FrameworkAgreement agreement) {
            return new Meeting(meeting.getId(), meeting.getVersion(), meeting.getAgreementId(),
                    agreement == null ? String.valueOf(meeting.getAgreementId()) : Agreement.of(agreement, null).label(),
                    agreement == null ? null : agreement.getStart(), meeting.getHospitalTrust(), meeting.getMeetingDate(),
                    meeting.getParticipants(), meeting.getChangeoverPlan(), meeting.getMinutes(), meeting.isHeld());
        }
    }
}
