package no.lis.tender.demo;

import no.lis.tender.agreements.adherence.domain.Consumption;
import no.lis.tender.agreements.adherence.domain.ConsumptionCsv;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class DemoConsumptionTest {

    @Test
    void theDemoFileIsAcceptedWithSixMonthsBeforeThisOneForFourTrusts() {
        ConsumptionCsv.Result result = ConsumptionCsv.parse(DemoConsumption.csv(YearMonth.of(2026, 5)));

        assertThat(result).isInstanceOf(ConsumptionCsv.Accepted.class);
        var lines = ((ConsumptionCsv.Accepted) result).lines();
        assertThat(lines).extracting(Consumption::hospitalTrust).containsOnly("Oslo universitetssykehus HF",
                "Helse Bergen HF", "St. Olavs hospital HF", "Universitetssykehuset Nord-Norge HF");
        assertThat(lines).extracting(Consumption::month).containsOnly(YearMonth.of(2025, 11), YearMonth.of(2025, 12),
                YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(lines).hasSize(4 * 6 * 12).allSatisfy(line -> assertThat(line.packs()).isPositive());
    }
}
