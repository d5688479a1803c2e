package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PricePerUnitTest {

    private static final BigDecimal PACK_PRICE = new BigDecimal("8390.00");
    private static final BigDecimal DDDS_PER_PACK = new BigDecimal("27.5862");

    @Test
    void pricePerDddIsPackPriceOverDddsPerPackRoundedHalfUpToFourDecimals() {
        PricePerUnit price = PricePerUnit.normalise(PACK_PRICE, DDDS_PER_PACK, ComparisonBasis.PER_DDD, null);

        assertThat(price.basis()).isEqualTo(ComparisonBasis.PER_DDD);
        assertThat(price.amount()).isEqualTo(new BigDecimal("304.1376"));
        assertThat(price.computation(Messages.BOKMAL)).isEqualTo("8\u00a0390,00 kr / 27,5862 DDD = 304,14 kr per DDD");
    }

    @Test
    void theComputationKeepsItsNumbersAndReadsInTheLanguageAskedFor() {
        PricePerUnit price = PricePerUnit.normalise(PACK_PRICE, DDDS_PER_PACK, ComparisonBasis.PER_TREATMENT_PERIOD, 14);

        assertThat(price.perDdd()).isEqualTo(new BigDecimal("304.1376"));
        assertThat(price.days()).isEqualTo(14);
        assertThat(price.computation(Locale.ENGLISH))
                .isEqualTo("NOK 8,390.00 / 27.5862 DDD = NOK 304.1376 per DDD × 14 DDD = NOK 4,257.93");
        assertThat(PricePerUnit.normalise(PACK_PRICE, DDDS_PER_PACK, ComparisonBasis.PER_DDD, null).computation(Locale.ENGLISH))
                .isEqualTo("NOK 8,390.00 / 27.5862 DDD = NOK 304.14 per DDD");
    }

    /** A treatment period of 14 days is given to both: the price per patient year ignores it. */
    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PER_TREATMENT_PERIOD | 4257.9264   | 8\u00a0390,00 kr / 27,5862 DDD = 304,1376 kr per DDD × 14 DDD = 4\u00a0257,93 kr    | the rounded price per DDD times the days of the period
            PER_PATIENT_YEAR     | 111010.2240 | 8\u00a0390,00 kr / 27,5862 DDD = 304,1376 kr per DDD × 365 DDD = 111\u00a0010,22 kr | the price per DDD times 365, whatever the treatment period
            """)
    void pricePerTreatmentPeriodOrPatientYearIsTheRoundedPricePerDddTimesItsDays(ComparisonBasis basis, String amount,
            String computation, String rule) {
        PricePerUnit price = PricePerUnit.normalise(PACK_PRICE, DDDS_PER_PACK, basis, 14);

        assertThat(price.amount()).as(rule).isEqualTo(new BigDecimal(amount));
        assertThat(price.computation(Messages.BOKMAL)).isEqualTo(computation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0000", "-1.5"})
    void zeroOrNegativeDddsPerPackAreRefused(String ddds) {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> PricePerUnit.normalise(PACK_PRICE, new BigDecimal(ddds), ComparisonBasis.PER_DDD, null));

        assertThat(refused.violations()).containsExactly(new Violation("dddsPerPack", "evaluation.ddd.invalid"));
    }

    @Test
    void missingDddsPerPackAreRefused() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> PricePerUnit.normalise(PACK_PRICE, null, ComparisonBasis.PER_PATIENT_YEAR, null));

        assertThat(refused.violations()).containsExactly(new Violation("dddsPerPack", "evaluation.ddd.invalid"));
    }
}
