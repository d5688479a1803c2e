package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;

/** {@link SupplierDetails} that have passed every rule of {@link SupplierDetailsCheck}. */
record CheckedSupplierDetails(String name, OrganisationNumber organisationNumber, EmailAddress contactEmail) {

    Supplier toSupplier() {
        return new Supplier(name, organisationNumber, contactEmail);
    }

    /** Gives {@code supplier} these details. */
    void applyTo(Supplier supplier) {
        supplier.rename(name);
        supplier.correctOrganisationNumber(organisationNumber);
        supplier.changeContact(contactEmail);
    }
}
