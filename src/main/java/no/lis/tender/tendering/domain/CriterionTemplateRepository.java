package no.lis.tender.tendering.domain;

import java.util.List;
import java.util.Optional;

/** The criteria library. */
public interface CriterionTemplateRepository {

    Optional<CriterionTemplate> find(Long id);

    Optional<CriterionTemplate> findByCode(String code);

    /** Every template, active or not, by type and code: the library as buyers maintain it. */
    List<CriterionTemplate> findAll();

    /** The active templates by type and code: what new tenders may draw on. */
    List<CriterionTemplate> findActive();

    /** Stores a new template; its id is set on return. Changes to a loaded one are stored with the transaction. */
    CriterionTemplate save(CriterionTemplate template);
}
