package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MoneyTest {

    @Test
    void anAmountIsKeptToTheOreRoundedHalfUp() {
        assertThat(Money.of("10").amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of("0.125").amount()).isEqualTo(new BigDecimal("0.13"));
        assertThat(Money.of("0.124999").amount()).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.of("-0.125").amount()).isEqualTo(new BigDecimal("-0.13"));
    }

    @Test
    void amountsEqualByValueWhateverScaleTheyCameWith() {
        assertThat(Money.of("8390")).isEqualTo(Money.of(new BigDecimal("8390.000")));
        assertThat(Money.of("1.00")).isLessThan(Money.of("1.01"));
    }

    @Test
    void sumsAndDifferencesAreExactAndAProductIsRoundedOnce() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("5.00").minus(Money.of("7.50"))).isEqualTo(Money.of("-2.50"));
        // 0.35 × 0.5 = 0.175, half up: 0.18
        assertThat(Money.of("0.35").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.18"));
        assertThat(Money.sum(List.of(Money.of("1.11"), Money.of("2.22"), Money.of("3.33")))).isEqualTo(Money.of("6.66"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.amount().scale()).isEqualTo(2);
    }

    @Test
    void aNegativeAmountIsRefusedWhereTheDomainNeedsItNotToBe() {
        assertThat(Money.of("0").requireNonNegative("price")).isEqualTo(Money.ZERO);
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> Money.of("-1").requireNonNegative("price"));

        assertThat(refused.violations()).containsExactly(new Violation("price", "money.negative", Money.of("-1")));
        assertThat(Messages.format(Messages.BOKMAL, refused.violations().get(0))).contains("−1,00");
        assertThat(Money.of("-1").isNegative()).isTrue();
    }

    @Test
    void anAmountIsRequired() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    }
}
