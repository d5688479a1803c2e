package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierQuery;
import no.lis.tender.catalogue.domain.SupplierRepository;

import java.util.Optional;

/** The suppliers, in memory; also for the tests of the contexts that name suppliers (publication). */
public class InMemorySupplierRepository extends InMemorySearchableRepository<Supplier, SupplierQuery, SupplierQuery.Sort>
        implements SupplierRepository {

    public InMemorySupplierRepository() {
        super(Supplier::getId, Supplier::getName);
    }

    @Override
    public Optional<Supplier> findByOrganisationNumber(OrganisationNumber organisationNumber) {
        return first(supplier -> supplier.getOrganisationNumber().equals(organisationNumber));
    }
}
