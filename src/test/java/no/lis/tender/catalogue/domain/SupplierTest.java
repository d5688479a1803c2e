package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class SupplierTest {

    @Test
    void supplierIsRegisteredWithNameNumberAndContact() {
        Supplier supplier = Examples.abbvie();

        assertThat(supplier.getName()).isEqualTo("AbbVie AS");
        assertThat(supplier.getOrganisationNumber()).isEqualTo(new OrganisationNumber("974 760 673"));
        assertThat(supplier.getContactEmail()).isEqualTo(new EmailAddress("anbud@abbvie.no"));
        assertThat(supplier.getId()).isNull();
    }

    @Test
    void contactAndNameCanChange() {
        Supplier supplier = Examples.abbvie();

        supplier.changeContact(new EmailAddress("tender@abbvie.com"));
        supplier.rename(" AbbVie Norge AS ");

        assertThat(supplier.getContactEmail().value()).isEqualTo("tender@abbvie.com");
        assertThat(supplier.getName()).isEqualTo("AbbVie Norge AS");
    }

    @Test
    void blankNameIsRefused() {
        assertThat(Violations.of(() -> Examples.abbvie().rename(" ")))
                .containsExactly(violation(null, "validation.required"));
    }

    @Test
    void nameLongerThanItsColumnIsRefused() {
        assertThat(Violations.of(() -> Examples.abbvie().rename("x".repeat(Supplier.NAME_LENGTH + 1))))
                .containsExactly(violation(null, "text.tooLong", Supplier.NAME_LENGTH));
    }

    @Test
    void supplierWithoutContactIsRefused() {
        assertThat(Violations.of(() -> Examples.abbvie().changeContact(null)))
                .containsExactly(violation(null, "validation.required"));
    }
}
