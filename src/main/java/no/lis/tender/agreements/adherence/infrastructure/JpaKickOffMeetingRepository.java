package no.lis.tender.agreements.adherence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.agreements.adherence.domain.KickOffMeetingRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;

@ApplicationScoped
public class JpaKickOffMeetingRepository extends JpaRepository<KickOffMeeting> implements KickOffMeetingRepository {

    @Override
    public List<KickOffMeeting> findAll() {
        return list("findAll");
    }
}
