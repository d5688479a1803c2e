package no.lis.tender.tendering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCriterionTemplateRepository implements CriterionTemplateRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public Optional<CriterionTemplate> find(Long id) {
        return Optional.ofNullable(em.find(CriterionTemplate.class, id));
    }

    @Override
    public Optional<CriterionTemplate> findByCode(String code) {
        return em.createNamedQuery("CriterionTemplate.findByCode", CriterionTemplate.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<CriterionTemplate> findAll() {
        return em.createNamedQuery("CriterionTemplate.findAll", CriterionTemplate.class).getResultList();
    }

    @Override
    public List<CriterionTemplate> findActive() {
        return em.createNamedQuery("CriterionTemplate.findActive", CriterionTemplate.class).getResultList();
    }

    @Override
    public CriterionTemplate save(CriterionTemplate template) {
        em.persist(template);
        em.flush();
        return template;
    }
}
