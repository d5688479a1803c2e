package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class SavingsTest {

    @Test
    void savingIsTheDifferenceToTheMaximumPriceTimesTheVolumeInWholeOre() {
        assertThat(Savings.perLot(new BigDecimal("420.0000"), new BigDecimal("304.1376"), new BigDecimal("12500")))
                .isEqualTo(Money.of("1448280.00"));
    }

    @Test
    void aPriceAboveTheMaximumGivesANegativeSaving() {
        assertThat(Savings.perLot(new BigDecimal("300.0000"), new BigDecimal("304.1376"), new BigDecimal("1000")))
                .isEqualTo(Money.of("-4137.60"));
    }
}
