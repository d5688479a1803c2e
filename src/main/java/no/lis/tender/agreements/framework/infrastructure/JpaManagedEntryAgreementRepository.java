package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreement;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreementRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaManagedEntryAgreementRepository implements ManagedEntryAgreementRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<ManagedEntryAgreement> findByAgreement(AgreementKind kind, Long agreementId) {
        return em.createNamedQuery("ManagedEntryAgreement.findByAgreement", ManagedEntryAgreement.class)
                .setParameter("kind", kind).setParameter("agreementId", agreementId)
                .getResultStream().findFirst();
    }

    @Override
    public List<ManagedEntryAgreement> findAll() {
        return em.createNamedQuery("ManagedEntryAgreement.findAll", ManagedEntryAgreement.class).getResultList();
    }

    @Override
    public ManagedEntryAgreement save(ManagedEntryAgreement agreement) {
        em.persist(agreement);
        em.flush();
        return agreement;
    }
}
