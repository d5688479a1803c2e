package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMemberScoreSheetRepository implements MemberScoreSheetRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<MemberScoreSheet> find(Long tenderId, Long offerId, String member) {
        return em.createNamedQuery("MemberScoreSheet.find", MemberScoreSheet.class)
                .setParameter("tenderId", tenderId)
                .setParameter("offerId", offerId)
                .setParameter("member", member)
                .getResultStream().findFirst();
    }

    @Override
    public List<MemberScoreSheet> findByTender(Long tenderId) {
        return em.createNamedQuery("MemberScoreSheet.findByTender", MemberScoreSheet.class)
                .setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public MemberScoreSheet save(MemberScoreSheet sheet) {
        em.persist(sheet);
        em.flush();
        return sheet;
    }
}
