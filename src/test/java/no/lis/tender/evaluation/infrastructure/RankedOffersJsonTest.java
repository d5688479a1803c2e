package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.PricePerUnit;
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
        return new EvaluatedOffer(rank, id, 40 + id, "Sandoz AS «æøå»", Instant.parse("2026-03-01T10:15:30.123456Z"),
                "183264", new BigDecimal("7650.00"), new BigDecimal("27.5862"),
                new PricePerUnit(ComparisonBasis.PER_DDD, new BigDecimal("277.3126"),
                        "7 650,00 kr / 27,5862 DDD = 277,31 kr per DDD"),
                new BigDecimal("100.0000"), Map.of(CriterionType.PRICE, new BigDecimal("60.0000"),
                CriterionType.SUPPLY_SECURITY, new BigDecimal("32.0000")), new BigDecimal("92.0000"),
                savings == null ? null : new BigDecimal(savings));
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
    void aLotWithMoreOffersThanTheColumnHoldsIsRefusedNamingTheLot() {
        List<EvaluatedOffer> many = Collections.nCopies(200, offer(1, 7, "1.00"));

        assertThatThrownBy(() -> RankedOffersJson.write(12, many)).hasMessageContaining("lot 12");
    }
}
