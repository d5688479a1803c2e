package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDirectAgreementRepository implements DirectAgreementRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<DirectAgreement> findById(Long id) {
        return Optional.ofNullable(em.find(DirectAgreement.class, id));
    }

    @Override
    public List<DirectAgreement> findByDecision(NyeMetoderId decision) {
        return em.createNamedQuery("DirectAgreement.findByDecision", DirectAgreement.class)
                .setParameter("nyeMetoderId", decision.value())
                .getResultList();
    }

    @Override
    public List<DirectAgreement> findValidOn(LocalDate date) {
        return em.createNamedQuery("DirectAgreement.findValidOn", DirectAgreement.class)
                .setParameter("date", date)
                .getResultList();
    }

    @Override
    public List<DirectAgreement> findAll() {
        return em.createNamedQuery("DirectAgreement.findAll", DirectAgreement.class).getResultList();
    }

    @Override
    public DirectAgreement save(DirectAgreement agreement) {
        em.persist(agreement);
        em.flush();
        return agreement;
    }
}
