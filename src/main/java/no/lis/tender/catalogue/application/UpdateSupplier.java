package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Versions;

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
        Supplier supplier = Existing.require(command.id(), suppliers::findById, Thing.SUPPLIER);
        Versions.require(supplier.getVersion(), command.version(), Thing.SUPPLIER.named(supplier.getName()));
        details.check(command, supplier.getId()).applyTo(supplier);
        return suppliers.save(supplier).getId();
    }
}
