package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation report, ready to print: per lot the offers, qualification results, price
 * computation, scores with justifications, consensus notes, totals and ranking. In the edition
 * without prices ({@code withPrices} false) every price, price computation, maximum price and saving
 * is absent (null) already here, so no renderer can print one; so are the price points and totals
 * when {@code withPricePoints} is false, and the scores withheld from a member ({@link #memberEdition}).
 *
 * @param withPricePoints whether the price points, the price criterion's part and the totals are in it
 * @param preparedFor     the name of who the edition was made for, printed on it
 */
public record EvaluationReport(String reference, String tenderTitle, boolean withPrices, boolean withPricePoints,
                               Instant preparedAt, String preparedFor, List<CriterionLine> criteria,
                               List<OfferLine> offers, List<ScoreLine> scores, List<LotLine> lots) {

    public EvaluationReport {
        criteria = List.copyOf(criteria);
        offers = List.copyOf(offers);
        scores = List.copyOf(scores);
        lots = List.copyOf(lots);
    }

    /**
     * The edition of this report for a member of the specialist group, as blind as her scoring
     * ({@link ScoringRights}): never a price, price computation, maximum price or saving. The price
     * points, the price criterion's part and the totals are computed from the prices, so they are in
     * it only when the buyer has let the members see prices ({@code pricesLifted}). For an offer
     * whose scores she has not submitted ({@code submittedOffers} lacks its id) it has no other
     * member's score, no mean and no consensus, nor the parts and totals computed from the consensus.
     * The ranks stay: they are the outcome the group signs off.
     */
    public EvaluationReport memberEdition(String preparedFor, Set<Long> submittedOffers, boolean pricesLifted) {
        List<ScoreLine> blindScores = scores.stream()
                .map(line -> submittedOffers.contains(line.offerId()) ? line : line.blind()).toList();
        List<LotLine> blindLots = lots.stream().map(lot -> new LotLine(lot.lotNumber(), lot.lotTitle(), lot.status(),
                lot.waitingFor(), null, lot.ranking().stream()
                .map(line -> line.blind(submittedOffers.contains(line.offerId()), pricesLifted)).toList())).toList();
        return new EvaluationReport(reference, tenderTitle, false, pricesLifted, preparedAt, preparedFor, criteria, offers,
                blindScores, blindLots);
    }

    /** Whether the scores of some offer are withheld from the member the edition is for. */
    public boolean withholdsScores() {
        return scores.stream().anyMatch(ScoreLine::withheld);
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
     * justification, the mean, and the consensus with its note (null while not set). When
     * {@code withheld}, the member the edition is for has not submitted her own scores of the offer
     * yet, and none of them is in it.
     */
    public record ScoreLine(long offerId, String supplierName, SubCriterionRef ref, List<MemberLine> members,
                            Integer mean, Integer consensus, String note, boolean withheld) {

        public ScoreLine {
            members = List.copyOf(members);
        }

        /** The scores of every member, the mean and the consensus as set. */
        public ScoreLine(long offerId, String supplierName, SubCriterionRef ref, List<MemberLine> members,
                         Integer mean, Integer consensus, String note) {
            this(offerId, supplierName, ref, members, mean, consensus, note, false);
        }

        /** As a member who has not submitted her scores of the offer may see it: nothing. */
        ScoreLine blind() {
            return new ScoreLine(offerId, supplierName, ref, List.of(), null, null, null, true);
        }
    }

    /** One member's score. */
    public record MemberLine(String member, int value, String justification) {
    }

    /** One lot: its outcome and, when ranked, the offers in order. {@code maximumPrice} only with prices. */
    public record LotLine(int lotNumber, String lotTitle, LotStatus status, List<String> waitingFor,
                          BigDecimal maximumPrice, List<RankLine> ranking) {
    }

    /**
     * One ranked offer. {@code packPrice}, {@code price} (on the lot's basis, with the numbers of its
     * computation) and {@code savings} only with prices; {@code pricePoints}, the price part of
     * {@code parts} and {@code total} only with price points.
     */
    public record RankLine(int rank, long offerId, String supplierName, String varenummer, BigDecimal packPrice,
                           PricePerUnit price, BigDecimal pricePoints, Map<CriterionType, BigDecimal> parts,
                           BigDecimal total, BigDecimal savings) {

        /**
         * As a member may see it: no price; the price points and price part only if {@code pricesLifted};
         * the other parts only if she has submitted her scores of the offer ({@code submitted}); the
         * total (price part plus the others) only if both.
         */
        RankLine blind(boolean submitted, boolean pricesLifted) {
            Map<CriterionType, BigDecimal> shown = new EnumMap<>(CriterionType.class);
            parts.forEach((type, part) -> {
                if (type == CriterionType.PRICE ? pricesLifted : submitted) {
                    shown.put(type, part);
                }
            });
            return new RankLine(rank, offerId, supplierName, varenummer, null, null, pricesLifted ? pricePoints : null,
                    shown, pricesLifted && submitted ? total : null, null);
        }
    }
}
