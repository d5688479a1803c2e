package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.Versioned;

/**
 * A pharmaceutical company (leverandør) that holds marketing authorisations and makes offers,
 * known by its organisation number, which no other supplier may have.
 */
@Entity
@Table(name = "CAT_SUPPLIER", uniqueConstraints = @UniqueConstraint(
        name = "UQ_CAT_SUPPLIER_ORGANISATION_NUMBER", columnNames = "ORGANISATION_NUMBER"))
@NamedQuery(name = "Supplier.findByOrganisationNumber",
        query = "SELECT s FROM Supplier s WHERE s.organisationNumber = :organisationNumber")
@NamedQuery(name = "Supplier.findAll", query = "SELECT s FROM Supplier s ORDER BY s.name, s.id")
public class Supplier extends Versioned {

    public static final int NAME_LENGTH = 200;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "ORGANISATION_NUMBER", nullable = false, length = OrganisationNumber.LENGTH)
    private OrganisationNumber organisationNumber;

    @Column(name = "CONTACT_EMAIL", nullable = false, length = EmailAddress.MAX_LENGTH)
    private EmailAddress contactEmail;

    protected Supplier() {
    }

    public Supplier(String name, OrganisationNumber organisationNumber, EmailAddress contactEmail) {
        rename(name);
        correctOrganisationNumber(organisationNumber);
        changeContact(contactEmail);
    }

    public void rename(String newName) {
        this.name = Checks.text(newName, NAME_LENGTH);
    }

    /** Puts right a number that was registered wrongly; its uniqueness is for the repository to check. */
    public void correctOrganisationNumber(OrganisationNumber correct) {
        this.organisationNumber = Checks.present(correct);
    }

    /** The address that questions, answers and the award letter go to. */
    public void changeContact(EmailAddress newContactEmail) {
        this.contactEmail = Checks.present(newContactEmail);
    }

    public String getName() {
        return name;
    }

    public OrganisationNumber getOrganisationNumber() {
        return organisationNumber;
    }

    public EmailAddress getContactEmail() {
        return contactEmail;
    }
}
