package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.agreements.recommendations.domain.PriceAccessStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPriceAccessRepository implements PriceAccessRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<PriceAccess> find(Long id) {
        return Optional.ofNullable(em.find(PriceAccess.class, id));
    }

    @Override
    public List<PriceAccess> findAll() {
        return em.createNamedQuery("PriceAccess.findAll", PriceAccess.class).getResultList();
    }

    @Override
    public List<PriceAccess> findByUsername(String username) {
        return em.createNamedQuery("PriceAccess.findByUsername", PriceAccess.class).setParameter("username", username)
                .getResultList();
    }

    @Override
    public List<PriceAccess> findByStatus(PriceAccessStatus status) {
        return em.createNamedQuery("PriceAccess.findByStatus", PriceAccess.class).setParameter("status", status)
                .getResultList();
    }

    @Override
    public PriceAccess save(PriceAccess access) {
        em.persist(access);
        return access;
    }
}
