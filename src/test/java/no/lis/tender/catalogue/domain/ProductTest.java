package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class ProductTest {

    @Test
    void dddsPerPackAreStrengthTimesPackSizeOverTheDddRoundedHalfUpToFourDecimals() {
        // 40 mg x 2 pens / 2.9 mg = 27.586206... DDDs
        assertThat(Examples.humira().dddsPerPack()).isEqualTo(new BigDecimal("27.5862"));
    }

    @Test
    void maximumPricePerDddIsThePackPriceOverTheUnroundedDdds() {
        // 10 000 NOK / 27.586206... = 362.50 NOK per DDD
        assertThat(Examples.humira().maximumPricePerDdd()).isEqualTo(new BigDecimal("362.5000"));
    }

    @Test
    void dddsAreRoundedHalfUpNotHalfEven() {
        Substance substance = Examples.adalimumab();
        substance.defineDdd(new Ddd(BigDecimal.ONE, DoseUnit.MG, AdministrationRoute.PARENTERAL));
        Product product = productOf(substance, new Pack("tablett", new BigDecimal("1.00005"), DoseUnit.MG,
                BigDecimal.ONE, "tablett"));

        assertThat(product.dddsPerPack()).isEqualTo(new BigDecimal("1.0001"));
    }

    @Test
    void strengthInAnotherUnitOfMassIsConverted() {
        Substance paracetamol = new Substance(new AtcCode("N02BE01"), "paracetamol");
        paracetamol.defineDdd(new Ddd(new BigDecimal("3"), DoseUnit.G, AdministrationRoute.ORAL));
        Product product = productOf(paracetamol, new Pack("tablett", new BigDecimal("500"), DoseUnit.MG,
                new BigDecimal("100"), "tablett"));

        assertThat(product.dddsPerPack()).isEqualTo(new BigDecimal("16.6667"));
    }

    @Test
    void strengthInUnitsIsCountedAgainstADddInThousandUnits() {
        Substance dalteparin = new Substance(new AtcCode("B01AB04"), "dalteparin");
        dalteparin.defineDdd(new Ddd(new BigDecimal("2.5"), DoseUnit.TU, AdministrationRoute.PARENTERAL));
        Product product = productOf(dalteparin, new Pack("injeksjonsvæske, oppløsning i ferdigfylt sprøyte",
                new BigDecimal("5000"), DoseUnit.IU, new BigDecimal("10"), "ferdigfylt sprøyte"));

        assertThat(product.dddsPerPack()).isEqualTo(new BigDecimal("20.0000"));
    }

    @Test
    void substanceWithoutDddGivesNoDddsAndNoPricePerDdd() {
        Substance substance = Examples.adalimumab();
        substance.defineDdd(null);
        Product product = productOf(substance, Examples.twoPensOf40Mg());

        assertThat(product.dddsPerPack()).isNull();
        assertThat(product.maximumPricePerDdd()).isNull();
    }

    @Test
    void strengthInAUnitTheDddCannotBeConvertedFromGivesNoDdds() {
        Product product = productOf(Examples.adalimumab(), new Pack("injeksjonsvæske", new BigDecimal("0.4"),
                DoseUnit.ML, new BigDecimal("2"), "ferdigfylt penn"));

        assertThat(product.dddsPerPack()).isNull();
        assertThat(product.maximumPricePerDdd()).isNull();
    }

    @Test
    void freeProductCostsNothingPerDdd() {
        Product product = Examples.humira();
        product.changeMaximumPrice(BigDecimal.ZERO);

        assertThat(product.maximumPricePerDdd()).isEqualByComparingTo("0");
    }

    @Test
    void maximumPriceWithFractionsOfOreIsRefusedWithPriceMessage() {
        Product product = Examples.humira();

        assertThat(Violations.of(() -> product.changeMaximumPrice(new BigDecimal("9999.995"))))
                .containsExactly(violation(null, "price.invalid"));
        assertThat(product.getMaximumPricePerPack()).isEqualByComparingTo("10000");
    }

    @Test
    void negativeMaximumPriceIsRefusedWithPriceMessage() {
        assertThat(Violations.of(() -> Examples.humira().changeMaximumPrice(new BigDecimal("-1"))))
                .containsExactly(violation(null, "price.invalid"));
    }

    @Test
    void productWithoutSubstanceIsRefused() {
        assertThat(Violations.of(() -> productOf(null, Examples.twoPensOf40Mg())))
                .containsExactly(violation(null, "validation.required"));
    }

    @Test
    void everyMissingOrWrongPartOfAPackIsReportedAtOnce() {
        assertThat(Violations.of(() -> new Pack(" ", BigDecimal.ZERO, null, new BigDecimal("-2"), "x".repeat(101))))
                .containsExactly(
                        violation("form", "validation.required"),
                        violation("strengthAmount", "amount.invalid"),
                        violation("strengthUnit", "validation.required"),
                        violation("packSize", "amount.invalid"),
                        violation("packUnit", "text.tooLong", Pack.PACK_UNIT_LENGTH));
    }

    @Test
    void packHoldsStrengthTimesPackSize() {
        assertThat(Examples.twoPensOf40Mg().totalStrength()).isEqualByComparingTo("80");
    }

    private static Product productOf(Substance substance, Pack pack) {
        return new Product(new Varenummer("123456"), "Testprodukt", substance, pack, Examples.abbvie(),
                new BigDecimal("10000"), ProductType.GENERIC);
    }
}
