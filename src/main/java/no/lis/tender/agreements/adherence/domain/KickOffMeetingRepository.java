package no.lis.tender.agreements.adherence.domain;

import java.util.List;
import java.util.Optional;

/** The kick-off meetings of agreements with hospital trusts. */
public interface KickOffMeetingRepository {

    /** All meetings, the earliest first. */
    List<KickOffMeeting> findAll();

    Optional<KickOffMeeting> findById(Long id);

    KickOffMeeting save(KickOffMeeting meeting);
}
