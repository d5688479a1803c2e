package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Violations;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class UpdateSupplierTest {

    private final InMemorySupplierRepository suppliers = new InMemorySupplierRepository();
    private final UpdateSupplier updateSupplier = new UpdateSupplier();
    private Supplier abbvie;

    @BeforeEach
    void wire() {
        updateSupplier.suppliers = suppliers;
        updateSupplier.details = DetailsChecks.supplierDetails(suppliers);
        abbvie = suppliers.save(Examples.abbvie());
        InMemoryRepository.storedAsVersion(abbvie, 3);
    }

    @Test
    void supplierIsChangedAsOfTheVersionRead() {
        long id = updateSupplier.update(new UpdateSupplier.Command(abbvie.getId(), 3L, "AbbVie Norge AS",
                "974760673", "tender@abbvie.com"));

        assertThat(id).isEqualTo(abbvie.getId());
        assertThat(abbvie.getName()).isEqualTo("AbbVie Norge AS");
        assertThat(abbvie.getContactEmail()).isEqualTo(new EmailAddress("tender@abbvie.com"));
    }

    @Test
    void wronglyRegisteredNumberCanBePutRight() {
        updateSupplier.update(new UpdateSupplier.Command(abbvie.getId(), 3L, "AbbVie AS", "983887457",
                "anbud@abbvie.no"));

        assertThat(abbvie.getOrganisationNumber()).isEqualTo(new OrganisationNumber("983887457"));
    }

    @Test
    void numberOfAnotherSupplierIsRefusedAsTaken() {
        suppliers.save(new Supplier("Sandoz A/S", new OrganisationNumber("983887457"),
                new EmailAddress("anbud@sandoz.com")));

        assertThat(Violations.of(() -> updateSupplier.update(new UpdateSupplier.Command(abbvie.getId(), 3L,
                "AbbVie AS", "983887457", "anbud@abbvie.no"))))
                .containsExactly(violation("organisationNumber", "supplier.organisationNumber.taken", "983887457"));
    }

    @Test
    void changeToAnOlderVersionIsRefusedAsChangedBySomeoneElse() {
        assertThat(Violations.of(() -> updateSupplier.update(new UpdateSupplier.Command(abbvie.getId(), 2L,
                "AbbVie Norge AS", "974760673", "anbud@abbvie.no"))))
                .containsExactly(violation(null, "concurrent.modification", Thing.SUPPLIER.named("AbbVie AS")));
        assertThat(abbvie.getName()).isEqualTo("AbbVie AS");
    }

    @Test
    void ofTwoBuyersWhoReadTheSameVersionTheSecondToSaveIsRefused() {
        long read = abbvie.getVersion();
        updateSupplier.update(new UpdateSupplier.Command(abbvie.getId(), read, "AbbVie Norge AS", "974760673",
                "anbud@abbvie.no"));

        assertThat(Violations.of(() -> updateSupplier.update(new UpdateSupplier.Command(abbvie.getId(), read,
                "AbbVie Danmark AS", "974760673", "anbud@abbvie.no"))))
                .containsExactly(violation(null, "concurrent.modification", Thing.SUPPLIER.named("AbbVie Norge AS")));
        assertThat(abbvie.getName()).isEqualTo("AbbVie Norge AS");
    }

    @Test
    void unknownSupplierIsNotFound() {
        assertThat(Violations.of(() -> updateSupplier.update(new UpdateSupplier.Command(99L, 1L, "X", "974760673",
                "x@y.no"))))
                .containsExactly(violation(null, "not.found", Thing.SUPPLIER.named(99)));
    }
}
