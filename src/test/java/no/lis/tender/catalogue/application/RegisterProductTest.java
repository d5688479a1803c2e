package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.catalogue.domain.Violations;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterProductTest {

    private static final PackInput TWO_PENS = new PackInput("injeksjonsvæske, oppløsning i ferdigfylt penn",
            new BigDecimal("40"), DoseUnit.MG, new BigDecimal("2"), "ferdigfylt penn");

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final RegisterProduct registerProduct = new RegisterProduct();
    private Substance adalimumab;
    private Supplier abbvie;

    @BeforeEach
    void wire() {
        InMemorySubstanceRepository substances = new InMemorySubstanceRepository();
        InMemorySupplierRepository suppliers = new InMemorySupplierRepository();
        registerProduct.products = products;
        registerProduct.details = DetailsChecks.productDetails(products, substances, suppliers);
        adalimumab = substances.save(Examples.adalimumab());
        abbvie = suppliers.save(Examples.abbvie());
    }

    @Test
    void productIsRegisteredWithItsPackAndPricedPerDdd() {
        long id = registerProduct.register(new ProductDetails("123456", "Humira", adalimumab.getId(),
                TWO_PENS, abbvie.getId(), new BigDecimal("10000"), ProductType.ORIGINATOR));

        Product humira = products.findById(id).orElseThrow();
        assertThat(humira.getSubstance()).isSameAs(adalimumab);
        assertThat(humira.getMarketingAuthorisationHolder()).isSameAs(abbvie);
        assertThat(humira.getPack().getPackUnit()).isEqualTo("ferdigfylt penn");
        assertThat(humira.dddsPerPack()).isEqualTo(new BigDecimal("27.5862"));
        assertThat(humira.maximumPricePerDdd()).isEqualTo(new BigDecimal("362.5000"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceUnderItsField() {
        assertThat(Violations.of(() -> registerProduct.register(new ProductDetails("12345", " ", null,
                null, 42L, new BigDecimal("10.001"), null))))
                .containsExactly(
                        violation("varenummer", "varenummer.invalid"),
                        violation("name", "validation.required"),
                        violation("substanceId", "validation.required"),
                        violation("pack", "validation.required"),
                        violation("marketingAuthorisationHolderId", "not.found", Thing.SUPPLIER.named(42)),
                        violation("maximumPricePerPack", "price.invalid"),
                        violation("productType", "validation.required"));
        assertThat(products.findAll()).isEmpty();
    }

    @Test
    void brokenPartsOfThePackAreReportedUnderPack() {
        PackInput pack = new PackInput("", new BigDecimal("40"), null, BigDecimal.ZERO, "ferdigfylt penn");

        assertThat(Violations.of(() -> registerProduct.register(new ProductDetails("123456", "Humira",
                adalimumab.getId(), pack, abbvie.getId(), new BigDecimal("10000"), ProductType.ORIGINATOR))))
                .containsExactly(
                        violation("pack.form", "validation.required"),
                        violation("pack.strengthUnit", "validation.required"),
                        violation("pack.packSize", "amount.invalid"));
    }

    @Test
    void varenummerOfAnotherProductIsRefusedAsTaken() {
        products.save(new Product(new Varenummer("123456"), "Humira", adalimumab,
                Examples.twoPensOf40Mg(), abbvie, BigDecimal.TEN, ProductType.ORIGINATOR));

        assertThat(Violations.of(() -> registerProduct.register(new ProductDetails("123456", "Hyrimoz",
                adalimumab.getId(), TWO_PENS, abbvie.getId(), new BigDecimal("3000"), ProductType.BIOSIMILAR))))
                .containsExactly(violation("varenummer", "product.varenummer.taken", "123456"));
    }

    @Test
    void packLengthsFollowTheColumns() {
        PackInput tooLong = new PackInput("x".repeat(Pack.FORM_LENGTH + 1), BigDecimal.ONE, DoseUnit.MG,
                BigDecimal.ONE, "penn");

        assertThat(Violations.of(() -> registerProduct.register(new ProductDetails("123456", "Humira",
                adalimumab.getId(), tooLong, abbvie.getId(), BigDecimal.TEN, ProductType.ORIGINATOR))))
                .containsExactly(violation("pack.form", "text.tooLong", Pack.FORM_LENGTH));
    }
}
