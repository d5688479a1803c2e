package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.application.BuyerEvaluation.MemberScore;
import no.lis.tender.evaluation.domain.ScoreSheetStatus;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a member of the tender's specialist group sees while she scores. Before she has declared
 * impartiality she sees no offer at all; after declaring a conflict she sees none either. Prices are
 * left out ({@code null}) unless the buyer has let members see them; other members' scores of an
 * offer are empty until she has submitted her own.
 *
 * @param declared   null until she has declared; then whether she declared herself impartial
 * @param offers     the offers she may score: opened and not rejected
 */
public record MemberWorkspace(Long tenderId, String reference, String title, TenderStatus status, String groupName,
                              Boolean declared, String ties, Instant declaredAt, boolean pricesVisible,
                              List<OfferToScore> offers) implements Serializable {

    /** Whether it shows her prices: the buyer let members see them, and she has offers to score. */
    public boolean showsPrices() {
        return pricesVisible && !offers.isEmpty();
    }

    /** Whether she may score now: declared impartial, and the tender is in evaluation. */
    public boolean mayScore() {
        return Boolean.TRUE.equals(declared) && status == TenderStatus.OPENED;
    }

    /**
     * One offer to score, with what the supplier answered per sub-criterion and her own sheet.
     *
     * @param sheetVersion null until she has saved scores of it
     * @param others       the other members' submitted scores, only once hers are submitted
     */
    public record OfferToScore(long offerId, String supplierName, List<LotLine> lots, List<SubCriterionToScore> subCriteria,
                               Long sheetVersion, ScoreSheetStatus sheetStatus, List<OtherScore> others) implements Serializable {

        public boolean isSubmitted() {
            return sheetStatus == ScoreSheetStatus.SUBMITTED;
        }
    }

    /** A lot the offer is made on: the packs offered, and the price per pack only where members may see prices. */
    public record LotLine(int lotNumber, String lotTitle, String products, BigDecimal unitPricePerPack) implements Serializable {
    }

    /**
     * A sub-criterion to score on its scale: the supplier's answers to it (one per lot it was given
     * on, the same text once), and her own score so far (null until given).
     */
    public record SubCriterionToScore(SubCriterionRef ref, String description, int scaleMin, int scaleMax,
                                      List<String> answers, Integer value, String justification) implements Serializable {
    }

    /** Another member's score of one sub-criterion. */
    public record OtherScore(SubCriterionRef ref, MemberScore score) implements Serializable {
    }
}
