package no.lis.tender.tendering.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LotSpecificationTest {

    private static final Set<AtcCode> ADALIMUMAB = Set.of(new AtcCode("L04AB04"));

    @Test
    void treatmentPeriodComparisonNeedsTheLengthOfThePeriod() {
        assertThatThrownBy(() -> new LotSpecification("Adalimumab", null, ADALIMUMAB, BigDecimal.TEN,
                VolumeUnit.PACKS, ComparisonBasis.PER_TREATMENT_PERIOD, null, MarketSplit.NONE.markets()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("treatmentPeriodDays", "tender.lot.treatmentPeriodDaysRequired")));
    }

    @Test
    void treatmentPeriodIsKeptOnlyWherePricesAreComparedPerPeriod() {
        LotSpecification perPeriod = new LotSpecification("Adalimumab", null, ADALIMUMAB, BigDecimal.TEN,
                VolumeUnit.PACKS, ComparisonBasis.PER_TREATMENT_PERIOD, 365, MarketSplit.NONE.markets());
        LotSpecification perDdd = new LotSpecification("Adalimumab", null, ADALIMUMAB, BigDecimal.TEN,
                VolumeUnit.DDD, ComparisonBasis.PER_DDD, 365, MarketSplit.NONE.markets());

        assertThat(perPeriod.treatmentPeriodDays()).isEqualTo(365);
        assertThat(perDdd.treatmentPeriodDays()).isNull();
    }

    @Test
    void everyMissingPartIsReportedAtOnceUnderItsField() {
        assertThatThrownBy(() -> new LotSpecification(" ", null, Set.of(), null, null, null, null, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("title", "substances", "estimatedAnnualVolume",
                                "volumeUnit", "comparisonBasis", "markets"));
    }

    @Test
    void volumeMustBePositiveWithAtMostTwoDecimals() {
        for (String volume : new String[]{"0", "-5", "1.005", "10000000000000000"}) {
            assertThatThrownBy(() -> new LotSpecification("Adalimumab", null, ADALIMUMAB, new BigDecimal(volume),
                    VolumeUnit.DDD, ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets()))
                    .as(volume)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                            .extracting(Violation::messageKey).containsExactly("tender.lot.volumeInvalid"));
        }
        assertThat(new LotSpecification("Adalimumab", null, ADALIMUMAB, new BigDecimal("1250.50"), VolumeUnit.DDD,
                ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets()).estimatedAnnualVolume())
                .isEqualByComparingTo("1250.5");
    }

    @Test
    void aMarketMayOccurOnlyOnceInALot() {
        Market norway = new Market("NO", "Norge");

        assertThatThrownBy(() -> new LotSpecification("Adalimumab", null, ADALIMUMAB, BigDecimal.TEN, VolumeUnit.DDD,
                ComparisonBasis.PER_DDD, null, List.of(norway, norway)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("markets", "tender.lot.marketsDuplicate")));
    }

    @Test
    void tooLongATitleIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> new LotSpecification("x".repeat(201), null, ADALIMUMAB, BigDecimal.TEN,
                VolumeUnit.DDD, ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("title", "text.tooLong", 200)));
    }

    @Test
    void healthRegionSplitGivesFourMarketsAndIsRecognisedAgain() {
        List<Market> markets = MarketSplit.HEALTH_REGIONS.markets();

        assertThat(markets).extracting(Market::getName)
                .containsExactly("Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord");
        assertThat(MarketSplit.of(markets)).contains(MarketSplit.HEALTH_REGIONS);
        assertThat(MarketSplit.of(List.of(new Market("SE", "Sverige")))).isEmpty();
    }

    @Test
    void priceScenariosAreNoneOrTwoToSixEachNamedOnce() {
        LotSpecification plain = TenderFixtures.adalimumab();
        java.util.function.Function<List<String>, LotSpecification> with = names -> new LotSpecification(plain.title(),
                null, ADALIMUMAB, plain.estimatedAnnualVolume(), plain.volumeUnit(), plain.comparisonBasis(), null,
                plain.markets(), names);

        assertThat(with.apply(Arrays.asList(" Kun subgruppe ", "", null, "Alle pasienter")).scenarios())
                .containsExactly("Kun subgruppe", "Alle pasienter");
        assertThat(TenderFixtures.refusal(() -> with.apply(List.of("Alle pasienter"))))
                .containsExactly(new Violation("scenarios", "tender.lot.scenariosCount", 2, 6));
        assertThat(TenderFixtures.refusal(() -> with.apply(List.of("Alle pasienter", "alle pasienter"))))
                .containsExactly(new Violation("scenarios", "tender.lot.scenarioTwice", "alle pasienter"));
    }
}
