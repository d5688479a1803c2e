package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.evaluation.domain.ScenarioResult;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankedOffersJsonTest {

    private static EvaluatedOffer offer(int rank, long id, String savings) {
        return offer(rank, id, savings, PricePerUnit.normalise(new BigDecimal("7650.00"), new BigDecimal("27.5862"),
                ComparisonBasis.PER_DDD, null));
    }

    private static EvaluatedOffer offer(int rank, long id, String savings, PricePerUnit price) {
        return new EvaluatedOffer(rank, id, 40 + id, "Sandoz AS «æøå»", Instant.parse("2026-03-01T10:15:30.123456Z"),
                "183264", new BigDecimal("7650.00"), new BigDecimal("27.5862"), price,
                new BigDecimal("100.0000"), Map.of(CriterionType.PRICE, new BigDecimal("60.0000"),
                CriterionType.SUPPLY_SECURITY, new BigDecimal("32.0000")), new BigDecimal("92.0000"),
                savings == null ? null : new BigDecimal(savings));
    }

    @Test
    void namesWithQuotesBackslashesAndLineBreaksComeBackAsTheyWereWithTheirScenarios() {
        PricePerUnit price = PricePerUnit.normalise(new BigDecimal("7650.00"), new BigDecimal("27.5862"),
                ComparisonBasis.PER_DDD, null);
        EvaluatedOffer offer = new EvaluatedOffer(1, 7, 47, "Pharma \"A\" \\ Co.\nAS\t\u0001", Instant.parse(
                "2026-03-01T10:15:30Z"), "183264", new BigDecimal("7650.00"), new BigDecimal("27.5862"), price,
                new BigDecimal("100.0000"), Map.of(CriterionType.PRICE, new BigDecimal("60.0000")),
                new BigDecimal("60.0000"), null, List.of(new ScenarioResult("Bare \"undergruppe\"", true,
                new BigDecimal("7650.00"), price, 1)));

        String json = RankedOffersJson.write(4, List.of(offer));

        assertThat(RankedOffersJson.read(json)).containsExactly(offer);
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray().getJsonObject(0)
                .getString("n")).as("valid JSON for any reader").isEqualTo("Pharma \"A\" \\ Co.\nAS\t\u0001");
    }

    @Test
    void aLotsRankedOffersComeBackExactlyAsTheyWereStoredScalesAndLettersIncluded() {
        List<EvaluatedOffer> offers = List.of(offer(1, 7, "1234567.89"), offer(2, 8, null));

        List<EvaluatedOffer> read = RankedOffersJson.read(RankedOffersJson.write(3, offers));

        assertThat(read).isEqualTo(offers);
        assertThat(read.get(0).packPrice().scale()).isEqualTo(2);
        assertThat(read.get(1).savings()).as("no maximum price, no saving").isNull();
    }

    @Test
    void pricesPerTreatmentPeriodAndPatientYearComeBackWithTheirComputation() {
        List<EvaluatedOffer> offers = List.of(
                offer(1, 7, null, PricePerUnit.normalise(new BigDecimal("7650.00"), new BigDecimal("27.5862"),
                        ComparisonBasis.PER_TREATMENT_PERIOD, 84)),
                offer(2, 8, null, PricePerUnit.normalise(new BigDecimal("7650.00"), new BigDecimal("27.5862"),
                        ComparisonBasis.PER_PATIENT_YEAR, null)));

        List<EvaluatedOffer> read = RankedOffersJson.read(RankedOffersJson.write(3, offers));

        assertThat(read).isEqualTo(offers);
        assertThat(read.get(0).price().computation(Messages.BOKMAL)).contains("× 84 DDD");
    }

    @Test
    void aLotWithMoreOffersThanTheColumnHoldsIsRefusedNamingTheLot() {
        List<EvaluatedOffer> many = Collections.nCopies(400, offer(1, 7, "1.00"));

        assertThatThrownBy(() -> RankedOffersJson.write(12, many)).hasMessageContaining("lot 12");
    }
}
