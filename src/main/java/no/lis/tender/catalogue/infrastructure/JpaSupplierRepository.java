package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierQuery;
import no.lis.tender.catalogue.domain.SupplierRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSupplierRepository extends JpaRepositorySupport<Supplier> implements SupplierRepository {

    public JpaSupplierRepository() {
        super(Supplier.class);
    }

    @Override
    public Optional<Supplier> findById(long id) {
        return super.findById(id);
    }

    @Override
    public Optional<Supplier> findByOrganisationNumber(OrganisationNumber organisationNumber) {
        return first("findByOrganisationNumber", "organisationNumber", organisationNumber);
    }

    @Override
    public List<Supplier> findAll() {
        return list("findAll");
    }

    @Override
    public List<Supplier> search(SupplierQuery query, int first, int max, SupplierQuery.Sort sort, boolean ascending) {
        return page(criteria(query), root -> switch (sort == null ? SupplierQuery.Sort.NAME : sort) {
            case NAME -> root.get("name");
            case ORGANISATION_NUMBER -> root.get("organisationNumber");
        }, ascending, first, max);
    }

    @Override
    public long count(SupplierQuery query) {
        return count(criteria(query));
    }

    private static Criteria<Supplier> criteria(SupplierQuery query) {
        return (CriteriaBuilder cb, Root<Supplier> supplier) -> given(
                query.text() == null ? null : cb.or(
                        contains(cb, supplier.get("name"), query.text()),
                        startsWith(cb, supplier.get("organisationNumber").as(String.class), query.text())));
    }
}
