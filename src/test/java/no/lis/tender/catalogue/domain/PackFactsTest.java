package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts a ranking reads column by column ({@link PackFacts#of}) are those the product works out
 * from its pack and its substance ({@link Product#packFacts()}).
 */
class PackFactsTest {

    @Test
    void factsFromTheStoredColumnsAreTheProductsOwn() {
        Product humira = Examples.humira();

        assertThat(fromColumns(humira, humira.getSubstance().getDdd())).isEqualTo(humira.packFacts())
                .extracting(PackFacts::dddsPerPack).isEqualTo(new BigDecimal("27.5862"));
    }

    @Test
    void factsFromTheColumnsOfAStrengthInAnotherUnitAreConvertedAsTheProductDoes() {
        Substance paracetamol = new Substance(new AtcCode("N02BE01"), "paracetamol");
        paracetamol.defineDdd(new Ddd(new BigDecimal("3"), DoseUnit.G, AdministrationRoute.ORAL));
        Product product = new Product(new Varenummer("654321"), "Paracet", paracetamol, new Pack("tablett",
                new BigDecimal("500"), DoseUnit.MG, new BigDecimal("100"), "tablett"), Examples.abbvie(),
                new BigDecimal("45.50"), ProductType.GENERIC);

        assertThat(fromColumns(product, paracetamol.getDdd())).isEqualTo(product.packFacts())
                .extracting(PackFacts::dddsPerPack).isEqualTo(new BigDecimal("16.6667"));
    }

    @Test
    void aSubstanceWithoutDddGivesNoDddsFromTheColumnsEither() {
        Substance substance = Examples.adalimumab();
        substance.defineDdd(null);
        Product product = new Product(new Varenummer("123456"), "Humira", substance, Examples.twoPensOf40Mg(),
                Examples.abbvie(), new BigDecimal("10000.00"), ProductType.ORIGINATOR);

        assertThat(fromColumns(product, null)).isEqualTo(product.packFacts())
                .extracting(PackFacts::dddsPerPack).isNull();
    }

    private static PackFacts fromColumns(Product product, Ddd ddd) {
        Pack pack = product.getPack();
        return PackFacts.of(product.getVarenummer(), pack.getStrengthAmount(), pack.getStrengthUnit(),
                pack.getPackSize(), ddd, product.getMaximumPricePerPack());
    }
}
