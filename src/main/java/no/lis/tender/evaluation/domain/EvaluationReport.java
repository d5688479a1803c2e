package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The evaluation report, ready to print: per lot the offers, qualification results, price
 * computation, scores with justifications, consensus notes, totals and ranking. In the edition
 * without prices ({@code withPrices} false) every price, price computation, maximum price and saving
 * is absent (null) already here, so no renderer can print one.
 *
 * @param preparedFor the name of who the edition was made for, printed on it
 */
public record EvaluationReport(String reference, String tenderTitle, boolean withPrices, Instant preparedAt,
                               String preparedFor, List<CriterionLine> criteria, List<OfferLine> offers,
                               List<ScoreLine> scores, List<LotLine> lots) {

    public EvaluationReport {
        criteria = List.copyOf(criteria);
        offers = List.copyOf(offers);
        scores = List.copyOf(scores);
        lots = List.copyOf(lots);
    }

    /** An award criterion with its weight; the formula and max points for price only. */
    public record CriterionLine(CriterionType type, int weight, PriceFormula formula, Integer maxPoints) {
    }

    /** An opened offer and the qualification decision: {@code qualification} null while undecided. */
    public record OfferLine(long offerId, String supplierName, Instant receivedAt, List<Integer> lots,
                            QualificationStatus qualification, String reason) {
    }

    /**
     * The scores of one sub-criterion of one offer: every member's submitted score with the
     * justification, the mean, and the consensus with its note (null while not set).
     */
    public record ScoreLine(long offerId, String supplierName, SubCriterionRef ref, List<MemberLine> members,
                            Integer mean, Integer consensus, String note) {
    }

    /** One member's score. */
    public record MemberLine(String member, int value, String justification) {
    }

    /** One lot: its outcome and, when ranked, the offers in order. {@code maximumPrice} only with prices. */
    public record LotLine(int lotNumber, String lotTitle, LotStatus status, List<String> waitingFor,
                          BigDecimal maximumPrice, List<RankLine> ranking) {
    }

    /**
     * One ranked offer. {@code packPrice}, {@code priceComputation} and {@code savings} only with prices.
     */
    public record RankLine(int rank, String supplierName, String varenummer, BigDecimal packPrice,
                           String priceComputation, BigDecimal pricePoints, Map<CriterionType, BigDecimal> parts,
                           BigDecimal total, BigDecimal savings) {
    }
}
