package no.lis.tender.catalogue.application;

/** What a supplier is registered or updated with, as the user typed it. */
public interface SupplierDetails {

    String name();

    String organisationNumber();

    String contactEmail();
}
