package no.lis.tender.catalogue.api;

/**
 * The roles the catalogue's resources admit, by the names the identity context gives them. The
 * catalogue is upstream of every other context, identity included, so it names the roles itself
 * rather than importing them; a test holds the two in step.
 */
final class CatalogueRoles {

    static final String BUYER = "BUYER";
    static final String ADMIN = "ADMIN";
    static final String SPECIALIST = "SPECIALIST";

    private CatalogueRoles() {
    }
}
