package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Violations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterSupplierTest {

    private final InMemorySupplierRepository suppliers = new InMemorySupplierRepository();
    private final RegisterSupplier registerSupplier = new RegisterSupplier();

    @BeforeEach
    void wire() {
        registerSupplier.suppliers = suppliers;
        registerSupplier.details = DetailsChecks.supplierDetails(suppliers);
    }

    @Test
    void supplierIsRegisteredAsTypedAndItsIdReturned() {
        long id = registerSupplier.register(new RegisterSupplier.Command(" Sandoz A/S ", "983 887 457",
                "Anbud@Sandoz.com"));

        Supplier sandoz = suppliers.findById(id).orElseThrow();
        assertThat(sandoz.getName()).isEqualTo("Sandoz A/S");
        assertThat(sandoz.getOrganisationNumber().value()).isEqualTo("983887457");
        assertThat(sandoz.getContactEmail().value()).isEqualTo("anbud@sandoz.com");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceUnderItsField() {
        assertThat(Violations.of(() -> registerSupplier.register(
                new RegisterSupplier.Command(" ", "974760674", "anbud(at)sandoz.com"))))
                .containsExactly(
                        violation("name", "validation.required"),
                        violation("organisationNumber", "organisationNumber.checkDigit", 3),
                        violation("contactEmail", "email.invalid"));
        assertThat(suppliers.findAll()).isEmpty();
    }

    @Test
    void organisationNumberOfAnotherSupplierIsRefusedAsTaken() {
        suppliers.save(Examples.abbvie());

        assertThat(Violations.of(() -> registerSupplier.register(
                new RegisterSupplier.Command("AbbVie Norge", "974 760 673", "post@abbvie.no"))))
                .containsExactly(violation("organisationNumber", "supplier.organisationNumber.taken", "974760673"));
    }
}
