package no.lis.tender.agreements.adherence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.agreements.adherence.domain.KickOffMeetingRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaKickOffMeetingRepository implements KickOffMeetingRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public List<KickOffMeeting> findAll() {
        return em.createNamedQuery("KickOffMeeting.findAll", KickOffMeeting.class).getResultList();
    }

    @Override
    public Optional<KickOffMeeting> findById(Long id) {
        return Optional.ofNullable(em.find(KickOffMeeting.class, id));
    }

    @Override
    public KickOffMeeting save(KickOffMeeting meeting) {
        em.persist(meeting);
        em.flush();
        return meeting;
    }
}
