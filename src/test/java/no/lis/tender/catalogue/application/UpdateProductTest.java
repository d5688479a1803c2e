package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Violations;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class UpdateProductTest {

    private static final PackInput FOUR_PENS = new PackInput("injeksjonsvæske, oppløsning i ferdigfylt penn",
            new BigDecimal("40"), DoseUnit.MG, new BigDecimal("4"), "ferdigfylt penn");

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemorySupplierRepository suppliers = new InMemorySupplierRepository();
    private final UpdateProduct updateProduct = new UpdateProduct();
    private Product humira;

    @BeforeEach
    void wire() {
        InMemorySubstanceRepository substances = new InMemorySubstanceRepository();
        updateProduct.products = products;
        updateProduct.details = DetailsChecks.productDetails(products, substances, suppliers);
        Product example = Examples.humira();
        substances.save(example.getSubstance());
        suppliers.save(example.getMarketingAuthorisationHolder());
        humira = products.save(example);
        InMemoryRepository.storedAsVersion(humira, 5);
    }

    @Test
    void newMaximumPriceAndPackAndHolderAreTakenAsOfTheVersionRead() {
        Supplier parallelImporter = suppliers.save(new Supplier("Orifarm AS", new OrganisationNumber("983887457"),
                new EmailAddress("anbud@orifarm.no")));

        updateProduct.update(command(5L, FOUR_PENS, parallelImporter.getId(), new BigDecimal("19000.00")));

        assertThat(humira.getMaximumPricePerPack()).isEqualByComparingTo("19000");
        assertThat(humira.getMarketingAuthorisationHolder()).isSameAs(parallelImporter);
        assertThat(humira.getProductType()).isEqualTo(ProductType.PARALLEL_IMPORT);
        assertThat(humira.dddsPerPack()).isEqualTo(new BigDecimal("55.1724"));
    }

    @Test
    void priceWithFractionsOfOreIsRefusedUnderMaximumPricePerPack() {
        assertThat(Violations.of(() -> updateProduct.update(command(5L, FOUR_PENS,
                humira.getMarketingAuthorisationHolder().getId(), new BigDecimal("19000.001")))))
                .containsExactly(violation("maximumPricePerPack", "price.invalid"));
        assertThat(humira.getMaximumPricePerPack()).isEqualByComparingTo("10000");
    }

    @Test
    void changeToAnOlderVersionIsRefusedAsChangedBySomeoneElse() {
        assertThat(Violations.of(() -> updateProduct.update(command(4L, FOUR_PENS,
                humira.getMarketingAuthorisationHolder().getId(), BigDecimal.ONE))))
                .containsExactly(violation(null, "concurrent.modification", Thing.PRODUCT.named("Humira")));
    }

    private UpdateProduct.Command command(Long version, PackInput pack, Long holderId, BigDecimal price) {
        return new UpdateProduct.Command(humira.getId(), version, new ProductDetails("123456", "Humira",
                humira.getSubstance().getId(), pack, holderId, price, ProductType.PARALLEL_IMPORT));
    }
}
