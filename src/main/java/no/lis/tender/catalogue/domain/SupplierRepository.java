package no.lis.tender.catalogue.domain;

import java.util.List;
import java.util.Optional;

public interface SupplierRepository {

    Optional<Supplier> findById(long id);

    Optional<Supplier> findByOrganisationNumber(OrganisationNumber organisationNumber);

    /** All suppliers by name. */
    List<Supplier> findAll();

    /** At most {@code max} suppliers matching {@code query} from position {@code first}, sorted as asked. */
    List<Supplier> search(SupplierQuery query, int first, int max, SupplierQuery.Sort sort, boolean ascending);

    long count(SupplierQuery query);

    /** Stores a new supplier, so that it has its id, or the changes to one. */
    Supplier save(Supplier supplier);
}
