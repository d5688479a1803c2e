package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.catalogue.domain.SubstanceRepository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaSubstanceRepository extends JpaRepositorySupport<Substance> implements SubstanceRepository {

    public JpaSubstanceRepository() {
        super(Substance.class);
    }

    @Override
    public Optional<Substance> findById(long id) {
        return super.findById(id);
    }

    @Override
    public Optional<Substance> findByAtcCode(AtcCode atcCode) {
        return first("findByAtcCode", "atcCode", atcCode);
    }

    @Override
    public List<Substance> findAll() {
        // the areas joined in: one statement, not one more per therapeutic area (issue 14)
        return em.createNamedQuery("Substance.findAll", Substance.class)
                .setHint("eclipselink.left-join-fetch", "s.therapeuticArea")
                .getResultList();
    }

    @Override
    public List<Substance> search(SubstanceQuery query, int first, int max, SubstanceQuery.Sort sort,
                                  boolean ascending) {
        return page(criteria(query), root -> switch (sort == null ? SubstanceQuery.Sort.NAME : sort) {
            case NAME -> root.get("name");
            case ATC_CODE -> root.get("atcCode");
            case PATENT_EXPIRY -> root.get("patentExpiry");
        }, ascending, first, max, "therapeuticArea");
    }

    @Override
    public long count(SubstanceQuery query) {
        return count(criteria(query));
    }

    private static Criteria<Substance> criteria(SubstanceQuery query) {
        return (CriteriaBuilder cb, Root<Substance> substance) -> given(
                query.text() == null ? null : cb.or(
                        contains(cb, substance.get("name"), query.text()),
                        startsWith(cb, substance.get("atcCode").as(String.class),
                                query.text().toUpperCase(Locale.ROOT))),
                query.atcPrefix() == null ? null
                        : startsWith(cb, substance.get("atcCode").as(String.class), query.atcPrefix()),
                query.therapeuticAreaId() == null ? null
                        : cb.equal(substance.get("therapeuticArea").get("id"), query.therapeuticAreaId()));
    }
}
