package no.lis.tender.agreements.negotiation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNegotiationCaseRepository implements NegotiationCaseRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<NegotiationCase> findById(Long id) {
        return Optional.ofNullable(em.find(NegotiationCase.class, id));
    }

    @Override
    public Optional<NegotiationCase> findByCase(NyeMetoderId caseId) {
        return em.createNamedQuery("NegotiationCase.findByCase", NegotiationCase.class)
                .setParameter("nyeMetoderId", caseId.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<NegotiationCase> findAll() {
        return em.createNamedQuery("NegotiationCase.findAll", NegotiationCase.class).getResultList();
    }

    @Override
    public NegotiationCase save(NegotiationCase negotiation) {
        em.persist(negotiation);
        em.flush();
        return negotiation;
    }
}
