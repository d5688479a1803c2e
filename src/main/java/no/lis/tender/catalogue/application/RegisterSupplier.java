package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.shared.application.UseCase;

/** Registers a pharmaceutical company as a supplier, under an organisation number no other has. */
@UseCase
public class RegisterSupplier {

    public record Command(String name, String organisationNumber, String contactEmail) implements SupplierDetails {
    }

    @Inject
    SupplierRepository suppliers;

    @Inject
    SupplierDetailsCheck details;

    /** @return the new supplier's id */
    public long register(Command command) {
        return suppliers.save(details.check(command, null).toSupplier()).getId();
    }
}
