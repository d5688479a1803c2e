package no.lis.tender.tendering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.shared.infrastructure.JpaRepository;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCriterionTemplateRepository extends JpaRepository<CriterionTemplate> implements CriterionTemplateRepository {

    @Override
    public Optional<CriterionTemplate> find(Long id) {
        return findById(id);
    }

    @Override
    public Optional<CriterionTemplate> findByCode(String code) {
        return first("findByCode", "code", code);
    }

    @Override
    public List<CriterionTemplate> findAll() {
        return list("findAll");
    }

    @Override
    public List<CriterionTemplate> findActive() {
        return list("findActive");
    }
}
