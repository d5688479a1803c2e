package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImpartialityDeclarationRepository implements ImpartialityDeclarationRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<ImpartialityDeclaration> findByTenderAndMember(Long tenderId, String member) {
        return em.createNamedQuery("ImpartialityDeclaration.findByTenderAndMember", ImpartialityDeclaration.class)
                .setParameter("tenderId", tenderId)
                .setParameter("member", member)
                .getResultStream().findFirst();
    }

    @Override
    public List<ImpartialityDeclaration> findByTender(Long tenderId) {
        return em.createNamedQuery("ImpartialityDeclaration.findByTender", ImpartialityDeclaration.class)
                .setParameter("tenderId", tenderId)
                .getResultList();
    }

    @Override
    public ImpartialityDeclaration save(ImpartialityDeclaration declaration) {
        em.persist(declaration);
        em.flush();
        return declaration;
    }
}
