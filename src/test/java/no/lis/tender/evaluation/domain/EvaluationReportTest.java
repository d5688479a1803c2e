package no.lis.tender.evaluation.domain;

import no.lis.tender.evaluation.domain.EvaluationReport.LotLine;
import no.lis.tender.evaluation.domain.EvaluationReport.MemberLine;
import no.lis.tender.evaluation.domain.EvaluationReport.RankLine;
import no.lis.tender.evaluation.domain.EvaluationReport.ScoreLine;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A member's edition of the report is as blind as her scoring. */
class EvaluationReportTest {

    private static final SubCriterionRef USABILITY = new SubCriterionRef(CriterionType.QUALITY, "Brukervennlighet");

    /** Offers 1 and 2 ranked on one lot; both scored by "ingrid" and "lars", consensus set. */
    private final EvaluationReport buyers = new EvaluationReport("2026-LIS-01", "TNF", true, true,
            Instant.parse("2026-03-15T09:30:00Z"), "Kari", List.of(), List.of(),
            List.of(scores(1, 7, 9), scores(2, 5, 6)),
            List.of(new LotLine(1, "Adalimumab", LotStatus.RANKED, List.of(), new BigDecimal("350"), List.of(
                    rank(1, 1, "100.00", "18.00"), rank(2, 2, "91.99", "15.00")))));

    private static ScoreLine scores(long offerId, int ingrid, int lars) {
        return new ScoreLine(offerId, "Leverandør " + offerId, USABILITY, List.of(
                new MemberLine("ingrid", ingrid, "Ingrids begrunnelse."), new MemberLine("lars", lars, "Lars' begrunnelse.")),
                (ingrid + lars) / 2, (ingrid + lars) / 2, "Merknad");
    }

    private static RankLine rank(int rank, long offerId, String pricePoints, String quality) {
        BigDecimal price = new BigDecimal(pricePoints).multiply(new BigDecimal("0.7"));
        BigDecimal qualityPart = new BigDecimal(quality);
        return new RankLine(rank, offerId, "Leverandør " + offerId, "12345" + offerId, new BigDecimal("8390.00"),
                PricePerUnit.normalise(new BigDecimal("8390.00"), new BigDecimal("27.59"), ComparisonBasis.PER_DDD, null),
                new BigDecimal(pricePoints),
                Map.of(CriterionType.PRICE, price, CriterionType.QUALITY, qualityPart), price.add(qualityPart),
                new BigDecimal("1000.00"));
    }

    @Test
    void aMemberWhoHasNotSubmittedSeesNoOtherMembersScoreMeanOrConsensusOfThatOffer() {
        EvaluationReport lars = buyers.memberEdition("Lars Berg", Set.of(1L), false);

        assertThat(lars.scores()).filteredOn(line -> line.offerId() == 1L).singleElement()
                .satisfies(line -> assertThat(line.members()).extracting(MemberLine::member).containsExactly("ingrid", "lars"));
        assertThat(lars.scores()).filteredOn(line -> line.offerId() == 2L).singleElement().satisfies(line -> {
            assertThat(line.withheld()).isTrue();
            assertThat(line.members()).isEmpty();
            assertThat(line.mean()).isNull();
            assertThat(line.consensus()).isNull();
            assertThat(line.note()).isNull();
        });
        assertThat(lars.withholdsScores()).isTrue();
        assertThat(lars.preparedFor()).isEqualTo("Lars Berg");
    }

    @Test
    void theConsensusPartsAndTotalOfAnOfferSheHasNotSubmittedAreLeftOut() {
        RankLine second = buyers.memberEdition("Lars Berg", Set.of(1L), true).lots().get(0).ranking().get(1);

        assertThat(second.parts()).containsOnlyKeys(CriterionType.PRICE);
        assertThat(second.total()).isNull();
        assertThat(second.rank()).isEqualTo(2);
    }

    @Test
    void pricePointsThePricePartAndTotalsOnlyOnceTheBuyerHasLiftedPrices() {
        RankLine hidden = buyers.memberEdition("Lars Berg", Set.of(1L, 2L), false).lots().get(0).ranking().get(0);
        RankLine lifted = buyers.memberEdition("Lars Berg", Set.of(1L, 2L), true).lots().get(0).ranking().get(0);

        assertThat(hidden.pricePoints()).isNull();
        assertThat(hidden.parts()).containsOnlyKeys(CriterionType.QUALITY);
        assertThat(hidden.total()).as("the total less the quality part would give the price points").isNull();
        assertThat(lifted.pricePoints()).isEqualByComparingTo("100.00");
        assertThat(lifted.parts()).containsOnlyKeys(CriterionType.PRICE, CriterionType.QUALITY);
        assertThat(lifted.total()).isEqualByComparingTo("88.00");
    }

    @Test
    void aMembersEditionNeverHasAPriceComputationMaximumPriceOrSaving() {
        EvaluationReport edition = buyers.memberEdition("Lars Berg", Set.of(1L, 2L), true);

        assertThat(edition.withPrices()).isFalse();
        assertThat(edition.lots().get(0).maximumPrice()).isNull();
        assertThat(edition.lots().get(0).ranking()).allSatisfy(line -> {
            assertThat(line.packPrice()).isNull();
            assertThat(line.price()).isNull();
            assertThat(line.savings()).isNull();
        });
    }
}
