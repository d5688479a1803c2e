package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;

/** Changes a supplier's name, organisation number or contact, as of the version the user read. */
@UseCase
public class UpdateSupplier {

    public record Command(Long id, Long version, String name, String organisationNumber, String contactEmail)
            implements SupplierDetails {
    }

    @Inject
    SupplierRepository suppliers;

    @Inject
    SupplierDetailsCheck details;

    /** @return the supplier's id */
    public long update(Command command) {
        Supplier supplier = Existing.current(command.id(), command.version(), suppliers::findById, Thing.SUPPLIER, Supplier::getName);
        details.check(command, supplier.getId()).applyTo(supplier);
        return suppliers.save(supplier).getId();
    }
}
