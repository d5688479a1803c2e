package no.lis.tender.catalogue.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.shared.domain.Validation;

/** Checks what a supplier is registered or updated with, reporting every broken rule at once under its field. */
@Dependent
class SupplierDetailsCheck {

    @Inject
    SupplierRepository suppliers;

    /** @param ownId the supplier being updated, {@code null} for a new one */
    CheckedSupplierDetails check(SupplierDetails typed, Long ownId) {
        Validation validation = new Validation();
        String name = validation.field("name", () -> Checks.text(typed.name(), Supplier.NAME_LENGTH));
        OrganisationNumber organisationNumber = validation.field("organisationNumber",
                () -> new OrganisationNumber(typed.organisationNumber()));
        EmailAddress contactEmail = validation.field("contactEmail", () -> new EmailAddress(typed.contactEmail()));
        if (organisationNumber != null) {
            validation.check(suppliers.findByOrganisationNumber(organisationNumber)
                            .filter(other -> !other.getId().equals(ownId)).isEmpty(),
                    "organisationNumber", "supplier.organisationNumber.taken", organisationNumber.value());
        }
        validation.throwIfInvalid();
        return new CheckedSupplierDetails(name, organisationNumber, contactEmail);
    }
}
