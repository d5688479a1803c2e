package no.lis.tender.tendering.application;

import no.lis.tender.shared.Stored;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The criteria library kept in a list, ids given as JPA would. */
class InMemoryCriterionTemplateRepository implements CriterionTemplateRepository {

    private final List<CriterionTemplate> templates = new ArrayList<>();

    InMemoryCriterionTemplateRepository(List<CriterionTemplate> initial) {
        initial.forEach(this::save);
    }

    @Override
    public Optional<CriterionTemplate> find(Long id) {
        return templates.stream().filter(t -> t.getId().equals(id)).findFirst();
    }

    @Override
    public Optional<CriterionTemplate> findByCode(String code) {
        return templates.stream().filter(t -> t.getCode().equals(code)).findFirst();
    }

    @Override
    public List<CriterionTemplate> findAll() {
        return List.copyOf(templates);
    }

    @Override
    public List<CriterionTemplate> findActive() {
        return templates.stream().filter(CriterionTemplate::isActive).toList();
    }

    @Override
    public CriterionTemplate save(CriterionTemplate template) {
        Stored.withId(template, templates.size() + 1);
        templates.add(template);
        return template;
    }
}
