package no.lis.tender.agreements.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.AwardLetterRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAwardLetterRepository implements AwardLetterRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public List<AwardLetter> findByTender(Long tenderId) {
        return em.createNamedQuery("AwardLetter.findByTender", AwardLetter.class)
                .setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public Optional<AwardLetter> findByTenderAndSupplier(Long tenderId, Long supplierId) {
        return em.createNamedQuery("AwardLetter.findByTenderAndSupplier", AwardLetter.class)
                .setParameter("tenderId", tenderId)
                .setParameter("supplierId", supplierId)
                .getResultStream().findFirst();
    }

    @Override
    public List<AwardLetter> findBySupplier(Long supplierId) {
        return em.createNamedQuery("AwardLetter.findBySupplier", AwardLetter.class)
                .setParameter("supplierId", supplierId)
                .getResultList();
    }

    @Override
    public AwardLetter save(AwardLetter letter) {
        em.persist(letter);
        em.flush();
        return letter;
    }
}
