package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFrameworkAgreementRepository implements FrameworkAgreementRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<FrameworkAgreement> findById(Long id) {
        return Optional.ofNullable(em.find(FrameworkAgreement.class, id));
    }

    @Override
    public List<FrameworkAgreement> findByTender(Long tenderId) {
        return em.createNamedQuery("FrameworkAgreement.findByTender", FrameworkAgreement.class)
                .setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public Optional<FrameworkAgreement> findByTenderLotAndMarket(Long tenderId, int lotNumber, String marketCode) {
        return em.createNamedQuery("FrameworkAgreement.findByTenderLotAndMarket", FrameworkAgreement.class)
                .setParameter("tenderId", tenderId)
                .setParameter("lotNumber", lotNumber)
                .setParameter("marketCode", marketCode)
                .getResultStream().findFirst();
    }

    @Override
    public List<FrameworkAgreement> findInForceOn(LocalDate date) {
        return em.createNamedQuery("FrameworkAgreement.findInForceOn", FrameworkAgreement.class)
                .setParameter("date", date)
                .getResultList();
    }

    @Override
    public List<FrameworkAgreement> findAll() {
        return em.createNamedQuery("FrameworkAgreement.findAll", FrameworkAgreement.class).getResultList();
    }

    @Override
    public FrameworkAgreement save(FrameworkAgreement agreement) {
        em.persist(agreement);
        em.flush();
        return agreement;
    }
}
